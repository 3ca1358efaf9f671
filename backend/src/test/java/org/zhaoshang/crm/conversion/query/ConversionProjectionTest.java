package org.zhaoshang.crm.conversion.query;

import org.axonframework.messaging.MetaData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.conversion.api.BoardAsOf;
import org.zhaoshang.crm.conversion.api.CohortReport;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.FindBoardAsOfQuery;
import org.zhaoshang.crm.conversion.api.FindCohortsQuery;
import org.zhaoshang.crm.conversion.api.FindConversionLeadsQuery;
import org.zhaoshang.crm.conversion.api.FindConversionQuery;
import org.zhaoshang.crm.conversion.api.FindTargetsVsActualQuery;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.conversion.api.Measure;
import org.zhaoshang.crm.conversion.api.TargetsVsActual;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.conversion.api.YearTargetsSetEvent;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataCompletedEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataMissingEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversionProjectionTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
                                                               .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    /**
     * London: identified 1 Feb, visit (skipping CONTACTED) 11 Feb, negotiation 21 Feb, signed 3 Mar (recorded 10 Mar),
     * with 10,000 万元 on 20 亩. Tokyo: identified 5 Feb, contacted 15 Feb, lost to Qingdao 20 Mar. Seoul: identified
     * 1 Mar, on hold 2 Mar, reopened 9 Mar. Beijing: identified 1 Apr.
     */
    private static List<Consumer<ConversionProjection>> history() {
        List<Consumer<ConversionProjection>> events = new ArrayList<>();
        events.add(p -> p.on(created("london", SourceMarket.LONDON, day(2, 1)), 0, at(day(2, 1))));
        events.add(p -> p.on(new LeadMovedToStageEvent("london", Stage.LEAD, Stage.SITE_VISIT, day(2, 11), null), 1,
                             at(day(2, 11))));
        events.add(p -> p.on(new LeadMovedToStageEvent("london", Stage.SITE_VISIT, Stage.NEGOTIATION, day(2, 21),
                                                        null), 2, at(day(2, 21))));
        events.add(p -> p.on(new LeadNumbersUpdatedEvent("london", investment("10000"), new BigDecimal("20"),
                                                         new BigDecimal("3000"), null, null, null, null), 3,
                             Instant.EPOCH));
        events.add(p -> p.on(new LeadMovedToStageEvent("london", Stage.NEGOTIATION, Stage.SIGNED, day(3, 3), null), 4,
                             at(day(3, 10))));
        events.add(p -> p.on(created("tokyo", SourceMarket.JAPAN, day(2, 5)), 0, at(day(2, 5))));
        events.add(p -> p.on(new LeadMovedToStageEvent("tokyo", Stage.LEAD, Stage.CONTACTED, day(2, 15), null), 1,
                             at(day(2, 15))));
        events.add(p -> p.on(new LeadLostEvent("tokyo", Stage.CONTACTED, LossReason.CHOSE_OTHER_LOCATION, null,
                                               "Qingdao", day(3, 20)), 2, at(day(3, 20))));
        events.add(p -> p.on(created("seoul", SourceMarket.KOREA, day(3, 1)), 0, at(day(3, 1))));
        events.add(p -> p.on(new LeadPutOnHoldEvent("seoul", Stage.LEAD, "budget", day(6, 1)), 1, at(day(3, 2))));
        events.add(p -> p.on(new LeadReopenedEvent("seoul", LeadStatus.ON_HOLD, Stage.LEAD, null), 2, at(day(3, 9))));
        events.add(p -> p.on(created("beijing", SourceMarket.BEIJING, day(4, 1)), 0, at(day(4, 1))));
        events.add(p -> p.on(new YearTargetsSetEvent("2026", new YearTargets(10, new BigDecimal("50000"), null, null,
                                                                              2)), 0, at(day(1, 5))));
        return events;
    }

    private static LeadCreatedEvent created(String leadId, SourceMarket market, LocalDate on) {
        return new LeadCreatedEvent(leadId, Company.named(leadId, null), market, Channel.CAPITAL_LED, null,
                                    "staff-li.na", on);
    }

    private static PlannedInvestment investment(String wan) {
        return new PlannedInvestment(new BigDecimal(wan), "CNY", BigDecimal.ONE, new BigDecimal(wan));
    }

    private ConversionProjection projection(String database, int deliveries) {
        ConversionProjection projection = new ConversionProjection(STORE.database(database), JSON);
        for (Consumer<ConversionProjection> event : history()) {
            for (int i = 0; i < deliveries; i++) {
                event.accept(projection);
            }
        }
        return projection;
    }

    private static ConversionReport.Row row(ConversionReport report, String value) {
        return report.rows().stream().filter(row -> row.value().equals(value)).findFirst().orElseThrow();
    }

    private static ConversionReport.StageFigures stage(ConversionReport.Row row, Stage stage) {
        return row.stages().get(stage.ordinal());
    }

    @Test
    void countsEntriesAdvancesStaysLossesAndHoldsForThePeriod() {
        ConversionQueries queries = new ConversionQueries(projection("funnel", 1));

        ConversionReport.Row all = row(queries.handle(new FindConversionQuery(JAN, DEC, null, null, null), MetaData.emptyInstance()), "*");

        assertThat(all.stages()).extracting(ConversionReport.StageFigures::entered)
                                .containsExactly(4L, 2L, 1L, 1L, 1L, 1L, 0L, 0L);
        assertThat(all.stages()).extracting(ConversionReport.StageFigures::advanced)
                                .containsExactly(2L, 1L, 1L, 1L, 1L, 0L, 0L, 0L);
        assertThat(stage(all, Stage.LEAD).conversionToNext()).isEqualByComparingTo("0.5");
        assertThat(stage(all, Stage.CONTACTED).medianDays()).isEqualTo(33);
        assertThat(stage(all, Stage.LEAD).medianDays()).isEqualTo(10);
        assertThat(stage(all, Stage.NEGOTIATION).p75Days()).isEqualTo(10);
        // London signed, Tokyo lost: one of the two leads closed in the year was won
        assertThat(all.winRate()).isEqualByComparingTo("0.5");
        assertThat(all.lostByReason()).isEqualTo(Map.of(LossReason.CHOSE_OTHER_LOCATION, 1L));
        assertThat(all.lostTo()).isEqualTo(Map.of("Qingdao", 1L));
        assertThat(all.held()).isOne();
        assertThat(all.revived()).isOne();
    }

    @Test
    void slicesByMarketWithJapanAndKoreaTogetherAndByPeriod() {
        ConversionQueries queries = new ConversionQueries(projection("markets", 1));

        ConversionReport markets = queries.handle(new FindConversionQuery(JAN, DEC, ConversionDimension.MARKET, null,
                                                                          null), MetaData.emptyInstance());
        ConversionReport march = queries.handle(new FindConversionQuery(YearMonth.of(2026, 3), YearMonth.of(2026, 3),
                                                                        null, null, null), MetaData.emptyInstance());

        assertThat(markets.rows()).extracting(ConversionReport.Row::value)
                                  .containsExactly("BEIJING", "JAPAN", "KOREA", "LONDON", "JAPAN_KOREA");
        assertThat(stage(row(markets, "JAPAN_KOREA"), Stage.LEAD).entered()).isEqualTo(2);
        assertThat(stage(row(markets, "LONDON"), Stage.SIGNED).entered()).isOne();
        assertThat(stage(row(march, "*"), Stage.LEAD).entered()).isOne();
        assertThat(stage(row(march, "*"), Stage.SIGNED).entered()).isOne();
    }

    @Test
    void looksBackToAPastDayAsKnownNowOrAsKnownThen() {
        ConversionQueries queries = new ConversionQueries(projection("as-of", 1));
        LocalDate march5 = day(3, 5);

        ConversionReport.Row now = row(queries.handle(new FindConversionQuery(JAN, DEC, null, march5,
                                                                              Knowledge.AS_KNOWN_NOW), MetaData.emptyInstance()), "*");
        ConversionReport.Row then = row(queries.handle(new FindConversionQuery(JAN, DEC, null, march5,
                                                                               Knowledge.AS_KNOWN_THEN), MetaData.emptyInstance()), "*");
        BoardAsOf boardNow = queries.handle(new FindBoardAsOfQuery(march5, Knowledge.AS_KNOWN_NOW, 5), MetaData.emptyInstance());
        BoardAsOf boardThen = queries.handle(new FindBoardAsOfQuery(march5, Knowledge.AS_KNOWN_THEN, 5), MetaData.emptyInstance());

        assertThat(stage(now, Stage.SIGNED).entered()).isOne();
        assertThat(stage(then, Stage.SIGNED).entered()).isZero();
        assertThat(stage(now, Stage.LEAD).entered()).isEqualTo(3);
        assertThat(boardNow.columns().get(Stage.SIGNED.ordinal()).leadIds()).containsExactly("london");
        assertThat(boardThen.columns().get(Stage.NEGOTIATION.ordinal()).leadIds()).containsExactly("london");
        assertThat(boardThen.columns().get(Stage.NEGOTIATION.ordinal()).plannedInvestmentCnyWan())
                .isEqualByComparingTo("10000");
        assertThat(boardNow.columns().get(Stage.LEAD.ordinal()).leads()).isZero();
        assertThat(boardNow.columns().get(Stage.CONTACTED.ordinal()).leadIds()).containsExactly("tokyo");
    }

    @Test
    void theBoardOfEveryPastDayIsEveryLeadAsItStoodThatDay() {
        ConversionProjection projection = projection("board-days", 1);
        ConversionQueries queries = new ConversionQueries(projection);

        for (Knowledge knowledge : Knowledge.values()) {
            for (LocalDate day = day(1, 30); day.isBefore(day(4, 3)); day = day.plusDays(1)) {
                LocalDate asOf = day;
                BoardAsOf board = queries.handle(new FindBoardAsOfQuery(asOf, knowledge, 5), MetaData.emptyInstance());
                for (Stage stage : Stage.values()) {
                    List<String> open = projection.journeys().stream()
                            .filter(journey -> new StageOnDay(stage, LeadStatus.OPEN).equals(
                                    StageOnDay.of(journey, fact -> !fact.knownOn(knowledge).isAfter(asOf))))
                            .map(journey -> journey.leadId).sorted().toList();
                    BoardAsOf.Column column = board.columns().get(stage.ordinal());
                    assertThat(column.leads()).as("%s %s %s", knowledge, asOf, stage).isEqualTo(open.size());
                    assertThat(column.leadIds()).as("%s %s %s", knowledge, asOf, stage)
                                                .containsExactlyInAnyOrderElementsOf(open);
                }
            }
        }
    }

    @Test
    void cohortsTargetsAndTheLeadsBehindAFigure() {
        ConversionQueries queries = new ConversionQueries(projection("cohorts", 1));

        CohortReport cohorts = queries.handle(new FindCohortsQuery(YearMonth.of(2026, 2), YearMonth.of(2026, 3), null,
                                                                   null), MetaData.emptyInstance());
        TargetsVsActual year = queries.handle(new FindTargetsVsActualQuery(2026), MetaData.emptyInstance());

        assertThat(cohorts.cohorts().get(0).leads()).isEqualTo(2);
        assertThat(cohorts.cohorts().get(0).reached().get(Stage.CONTACTED)).isEqualTo(2);
        assertThat(cohorts.cohorts().get(0).reached().get(Stage.SIGNED)).isOne();
        assertThat(cohorts.cohorts().get(1).leads()).isOne();
        assertThat(year.targets().signedProjects()).isEqualTo(10);
        assertThat(year.signedProjects()).isOne();
        assertThat(year.signedInvestmentWan()).isEqualByComparingTo("10000");
        assertThat(year.investmentPerMuWan()).isEqualByComparingTo("500");
        assertThat(year.landProjectsBelowBar()).isOne();
        assertThat(year.floorSpaceM2()).isEqualByComparingTo("3000");
        assertThat(queries.handle(new FindConversionLeadsQuery(JAN, DEC, ConversionDimension.MARKET, "JAPAN_KOREA",
                                                               Measure.ENTERED, "LEAD"), MetaData.emptyInstance()).leadIds())
                .containsExactly("seoul", "tokyo");
        assertThat(queries.handle(new FindConversionLeadsQuery(JAN, DEC, null, null, Measure.LOST_TO, "Qingdao"), MetaData.emptyInstance())
                          .leadIds()).containsExactly("tokyo");
    }

    @Test
    void theWinRateIsOfTheLeadsClosedInThePeriodWhenEverTheyWereIdentified() {
        ConversionQueries queries = new ConversionQueries(projection("win-rate", 1));
        YearMonth march = YearMonth.of(2026, 3);

        ConversionReport.Row inMarch = row(queries.handle(new FindConversionQuery(march, march, null, null, null),
                                                          MetaData.emptyInstance()), "*");
        ConversionReport markets = queries.handle(new FindConversionQuery(march, march, ConversionDimension.MARKET,
                                                                          null, null), MetaData.emptyInstance());

        // March: London (identified in February) signed, Tokyo lost; only Seoul was identified in March
        assertThat(stage(inMarch, Stage.SIGNED).entered()).isOne();
        assertThat(inMarch.winRate()).isEqualByComparingTo("0.5");
        // a slice whose only news is a signing still has its row, with its signing won
        assertThat(row(markets, "LONDON").winRate()).isEqualByComparingTo("1");
        assertThat(row(markets, "KOREA").winRate()).isNull();
    }

    @Test
    void cohortsAndTheLeadsBehindAFigureFollowTheSliceAndLookBackToAPastDay() {
        ConversionQueries queries = new ConversionQueries(projection("cohorts-as-of", 1));
        YearMonth february = YearMonth.of(2026, 2);
        LocalDate march5 = day(3, 5);

        CohortReport london = queries.handle(new FindCohortsQuery(february, february, ConversionDimension.MARKET,
                                                                  "LONDON", null, null), MetaData.emptyInstance());
        CohortReport knownNow = queries.handle(new FindCohortsQuery(february, february, null, null, march5,
                                                                    Knowledge.AS_KNOWN_NOW), MetaData.emptyInstance());
        CohortReport knownThen = queries.handle(new FindCohortsQuery(february, february, null, null, march5,
                                                                     Knowledge.AS_KNOWN_THEN), MetaData.emptyInstance());

        assertThat(london.cohorts().get(0).leads()).isOne();
        assertThat(knownNow.cohorts().get(0).reached().get(Stage.SIGNED)).isOne();
        // the signing of 3 March was recorded on 10 March
        assertThat(knownThen.cohorts().get(0).reached().get(Stage.SIGNED)).isZero();
        assertThat(queries.handle(new FindConversionLeadsQuery(JAN, DEC, null, null, Measure.ENTERED, "SIGNED",
                                                               march5, Knowledge.AS_KNOWN_NOW),
                                  MetaData.emptyInstance()).leadIds()).containsExactly("london");
        assertThat(queries.handle(new FindConversionLeadsQuery(JAN, DEC, null, null, Measure.ENTERED, "SIGNED",
                                                               march5, Knowledge.AS_KNOWN_THEN),
                                  MetaData.emptyInstance()).leadIds()).isEmpty();
        assertThat(queries.handle(new FindConversionLeadsQuery(JAN, DEC, null, null, Measure.ENTERED, "NEGOTIATION",
                                                               march5, Knowledge.AS_KNOWN_THEN),
                                  MetaData.emptyInstance()).leadIds()).containsExactly("london");
    }

    @Test
    void deliveringEveryEventTwiceAndRestartingGiveTheSameReports() {
        ConversionQueries once = new ConversionQueries(projection("once", 1));
        ConversionQueries twice = new ConversionQueries(projection("twice", 2));
        ConversionQueries restarted = new ConversionQueries(new ConversionProjection(STORE.database("twice"), JSON));
        FindConversionQuery query = new FindConversionQuery(JAN, DEC, ConversionDimension.MARKET, null, null);

        FindBoardAsOfQuery board = new FindBoardAsOfQuery(day(3, 5), Knowledge.AS_KNOWN_THEN, 5);

        assertThat(twice.handle(query, MetaData.emptyInstance())).isEqualTo(once.handle(query, MetaData.emptyInstance()));
        assertThat(restarted.handle(query, MetaData.emptyInstance())).isEqualTo(once.handle(query, MetaData.emptyInstance()));
        assertThat(twice.handle(board, MetaData.emptyInstance())).isEqualTo(once.handle(board, MetaData.emptyInstance()));
        assertThat(restarted.handle(board, MetaData.emptyInstance())).isEqualTo(once.handle(board, MetaData.emptyInstance()));
        assertThat(restarted.handle(new FindTargetsVsActualQuery(2026), MetaData.emptyInstance())).isEqualTo(
                once.handle(new FindTargetsVsActualQuery(2026), MetaData.emptyInstance()));
    }

    @Test
    void aBatchThatFailsAndIsRetriedCountsItsChangesOnce() {
        ConversionProjection retried = new ConversionProjection(STORE.database("retried"), JSON);
        List<Consumer<ConversionProjection>> events = history();
        UnitOfWork<?> failed = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        events.forEach(event -> event.accept(retried));
        failed.rollback();
        UnitOfWork<?> retry = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        events.forEach(event -> event.accept(retried));
        retry.commit();
        FindConversionQuery query = new FindConversionQuery(JAN, DEC, ConversionDimension.MARKET, null, null);

        FindBoardAsOfQuery board = new FindBoardAsOfQuery(day(3, 5), Knowledge.AS_KNOWN_THEN, 5);
        ConversionQueries notRetried = new ConversionQueries(projection("not-retried", 1));

        assertThat(new ConversionQueries(retried).handle(query, MetaData.emptyInstance())).isEqualTo(notRetried.handle(query, MetaData.emptyInstance()));
        assertThat(new ConversionQueries(retried).handle(board, MetaData.emptyInstance())).isEqualTo(notRetried.handle(board, MetaData.emptyInstance()));
    }

    @Test
    void rejectsPeriodsOutOfOrderOrTooLong() {
        ConversionQueries queries = new ConversionQueries(projection("invalid", 1));

        assertThatThrownBy(() -> queries.handle(new FindConversionQuery(DEC, JAN, null, null, null), MetaData.emptyInstance()))
                .isInstanceOf(InvalidInputException.class).hasMessage("to: must not be before from");
        assertThatThrownBy(() -> queries.handle(new FindCohortsQuery(YearMonth.of(2000, 1), DEC, null, null), MetaData.emptyInstance()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("to: the period may span at most 120 months");
        assertThatThrownBy(() -> queries.handle(new FindConversionQuery(null, null, null, null, null), MetaData.emptyInstance()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("from: must not be empty; to: must not be empty");
    }

    @Test
    void stagesEnteredAsAnImportRecordedThemWithoutTheGatesDataAreCountedApart() {
        ConversionProjection projection = projection("as-recorded", 1);
        for (int delivery = 0; delivery < 2; delivery++) {
            projection.on(created("hk-imported", SourceMarket.HONG_KONG, day(1, 10)), 0, at(day(11, 27)));
            projection.on(new LeadGateDataMissingEvent("hk-imported", Stage.SITE_VISIT, List.of("activities"),
                                                       "台账.csv", 3), 1, at(day(11, 27)));
            projection.on(new LeadGateDataMissingEvent("hk-imported", Stage.SIGNED,
                                                       List.of("agreementSignedOn", "agreementReference"), "台账.csv",
                                                       3), 2, at(day(11, 27)));
            projection.on(new LeadMovedToStageEvent("hk-imported", Stage.LEAD, Stage.SIGNED, day(3, 5), null), 3,
                          at(day(11, 27)));
            projection.on(new LeadGateDataCompletedEvent("hk-imported", Stage.SIGNED,
                                                         List.of("agreementSignedOn", "agreementReference")), 4,
                          at(day(11, 28)));
        }
        ConversionQueries queries = new ConversionQueries(projection);

        ConversionReport.Row all = row(queries.handle(new FindConversionQuery(JAN, DEC, null, null, null),
                                                      MetaData.emptyInstance()), "*");

        assertThat(stage(all, Stage.SIGNED).entered()).isEqualTo(2);
        assertThat(all.stages()).extracting(ConversionReport.StageFigures::enteredAsRecorded)
                                .containsExactly(0L, 0L, 1L, 0L, 0L, 1L, 0L, 0L);
        assertThat(queries.handle(new FindConversionLeadsQuery(JAN, DEC, null, null, Measure.ENTERED_AS_RECORDED,
                                                               "SIGNED"), MetaData.emptyInstance()).leadIds())
                .containsExactly("hk-imported");
        ConversionReport.Row inMarch = row(queries.handle(new FindConversionQuery(YearMonth.of(2026, 3),
                                                                                  YearMonth.of(2026, 3), null,
                                                                                  day(4, 1), Knowledge.AS_KNOWN_NOW),
                                                          MetaData.emptyInstance()), "*");
        assertThat(stage(inMarch, Stage.SIGNED).enteredAsRecorded()).isEqualTo(1);
        assertThat(stage(row(new ConversionQueries(new ConversionProjection(STORE.database("as-recorded"), JSON))
                                     .handle(new FindConversionQuery(JAN, DEC, null, null, null),
                                             MetaData.emptyInstance()), "*"), Stage.SIGNED).enteredAsRecorded())
                .isEqualTo(1);
    }
}
