package org.zhaoshang.crm.lead.query;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.LeadAssessmentUpdatedEvent;
import org.zhaoshang.crm.lead.api.value.Priority;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.query.FindLeadQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.FollowUpRescheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.LeadImportRecordedEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.value.SheetCell;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadSummaryProjectionTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final Instant CREATED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant MOVED = Instant.parse("2026-03-09T08:30:00Z");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private LeadSummaryProjection projection(String database) {
        return new LeadSummaryProjection(STORE.database(database), SimpleQueryUpdateEmitter.builder().build());
    }

    private static LeadCreatedEvent created(String leadId, String nameEn, String nameZh, SourceMarket market,
                                            LocalDate identifiedOn) {
        return new LeadCreatedEvent(leadId, Company.named(nameEn, nameZh), market, Channel.AMBASSADOR, "amb-1",
                                    "staff-li.na", identifiedOn);
    }

    /** One lead's life touching every field of the list, each event given with its sequence number. */
    private static void lifeOfOneLead(LeadSummaryProjection projection, int times) {
        for (int i = 0; i < times; i++) {
            projection.on(created("lead-1", "Thames Capital", "泰晤士资本", SourceMarket.LONDON, MARCH_2), CREATED, 0);
        }
        List<Consumer<LeadSummaryProjection>> events = List.of(
                p -> p.on(new ContactAddedEvent("lead-1", "c1", new Contact("Smith", "Alice", null, null, null, null,
                                                                                null)), Instant.EPOCH, 1),
                p -> p.on(new ContactAddedEvent("lead-1", "c2", new Contact("Jones", "Bob", null, null, null, null,
                                                                                null)), Instant.EPOCH, 2),
                p -> p.on(new ContactChangedEvent("lead-1", "c1", new Contact("Wong", "Alice", null, null, null, null,
                                                                                  null)), Instant.EPOCH, 3),
                p -> p.on(new ContactRemovedEvent("lead-1", "c2"), Instant.EPOCH, 4),
                p -> p.on(new ActivityLoggedEvent("lead-1", "a1", ActivityType.CALL, LocalDate.of(2026, 3, 5),
                                                  List.of(), "call", false), Instant.EPOCH, 5),
                p -> p.on(new ActivityLoggedEvent("lead-1", "a2", ActivityType.MEETING, LocalDate.of(2026, 3, 20),
                                                  List.of(), "meeting", false), Instant.EPOCH, 6),
                p -> p.on(new ActivityCorrectedEvent("lead-1", "a1", ActivityType.CALL, LocalDate.of(2026, 3, 6),
                                                     List.of(), "call", null), Instant.EPOCH, 7),
                p -> p.on(new ActivityRetractedEvent("lead-1", "a2", "logged on the wrong lead"), Instant.EPOCH, 8),
                p -> p.on(new FollowUpScheduledEvent("lead-1", "f1", "send proposal", LocalDate.of(2026, 4, 1),
                                                     "staff-li.na"), Instant.EPOCH, 9),
                p -> p.on(new FollowUpScheduledEvent("lead-1", "f2", "call CFO", LocalDate.of(2026, 4, 3),
                                                     "staff-zhang.wei"), Instant.EPOCH, 10),
                p -> p.on(new FollowUpRescheduledEvent("lead-1", "f2", LocalDate.of(2026, 4, 3),
                                                       LocalDate.of(2026, 3, 30), "sooner"), Instant.EPOCH, 11),
                p -> p.on(new FollowUpCompletedEvent("lead-1", "f1", "sent"), Instant.EPOCH, 12),
                p -> p.on(new LeadMovedToStageEvent("lead-1", Stage.LEAD, Stage.SITE_VISIT, LocalDate.of(2026, 3, 6),
                                                    null), MOVED, 13),
                p -> p.on(new LeadSourceChangedEvent("lead-1", SourceMarket.HONG_KONG, Channel.ROADSHOW_EVENT, null),
                          Instant.EPOCH, 14),
                p -> p.on(new LeadCompanyUpdatedEvent("lead-1", new Company("Thames Capital", "泰晤士资本", "UK",
                                                                            "London", Industry.INDUSTRIAL_FINANCE, true, false,
                                                                            null)), Instant.EPOCH, 15),
                p -> p.on(new LeadNumbersUpdatedEvent("lead-1", new PlannedInvestment(new BigDecimal("8000"), "CNY",
                                                                                      BigDecimal.ONE,
                                                                                      new BigDecimal("8000")),
                                                      null, null, null, null, TargetZone.FINANCIAL_CITY_CLUSTER, null),
                          Instant.EPOCH, 16),
                p -> p.on(new LeadReassignedEvent("lead-1", "staff-li.na", "staff-wang.fang"), Instant.EPOCH, 17),
                p -> p.on(new LeadPutOnHoldEvent("lead-1", Stage.SITE_VISIT, "budget freeze", null), Instant.EPOCH, 18),
                p -> p.on(new LeadReopenedEvent("lead-1", LeadStatus.ON_HOLD, Stage.SITE_VISIT, null),
                        Instant.EPOCH, 19));
        for (Consumer<LeadSummaryProjection> event : events) {
            for (int i = 0; i < times; i++) {
                event.accept(projection);
            }
        }
    }

    @Test
    void deliveringEveryEventTwiceGivesTheSameRowAndDocument() {
        LeadSummaryProjection once = projection("once");
        LeadSummaryProjection twice = projection("twice");

        lifeOfOneLead(once, 1);
        lifeOfOneLead(twice, 2);

        LeadSummary row = once.handle(new FindLeadQuery("lead-1"), MetaData.emptyInstance());
        assertThat(row).isEqualTo(new LeadSummary(
                "lead-1", "Thames Capital", "泰晤士资本", SourceMarket.HONG_KONG, Channel.ROADSHOW_EVENT, Industry.INDUSTRIAL_FINANCE,
                true, null, "staff-wang.fang", List.of(), Stage.SITE_VISIT, Stage.SITE_VISIT, LeadStatus.OPEN, new BigDecimal("8000"),
                TargetZone.FINANCIAL_CITY_CLUSTER, MARCH_2, LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 6), List.of("Alice Wong"),
                List.of(new LeadSummary.OpenFollowUp("f2", "call CFO", LocalDate.of(2026, 3, 30),
                                                     "staff-zhang.wei")),
                CREATED, MOVED, 19, List.of()));
        assertThat(row.nextFollowUpOn()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(twice.handle(new FindLeadQuery("lead-1"), MetaData.emptyInstance())).isEqualTo(row);
        assertThat(twice.handle(FindLeadsQuery.newestFirst(0, 20), MetaData.emptyInstance())).isEqualTo(new LeadPage(List.of(row), 1));
        assertThat(document("twice")).isEqualTo(document("once"));
    }

    /** The stored row without the time it was stored. */
    private static Document document(String database) {
        Document document = STORE.database(database).getCollection(LeadSummaryProjection.COLLECTION).find().first();
        document.remove("storedAt");
        return document;
    }

    @Test
    void factsTheListDoesNotShowStillMoveTheLeadsVersion() {
        LeadSummaryProjection projection = projection("versions");
        projection.on(created("lead-v", "Albion Re", null, SourceMarket.LONDON, MARCH_2), CREATED, 0);

        projection.on(new LeadAssessmentUpdatedEvent("lead-v", Priority.HIGH, 60, null), Instant.EPOCH, 1);
        projection.on(new AgreementSignedEvent("lead-v", MARCH_2, "历下〔2026〕1号"), Instant.EPOCH, 2);
        projection.on(new CompanyRegisteredEvent("lead-v", MARCH_2), Instant.EPOCH, 3);

        assertThat(projection.handle(new FindLeadQuery("lead-v"), MetaData.emptyInstance()).version()).isEqualTo(3);
    }

    @Test
    void aSheetRowKeptWithTheLeadTwiceIsNoContactAndChangesNothingButTheVersion() {
        LeadSummaryProjection projection = projection("import-record");
        projection.on(created("lead-r", "Leeds Precision", null, SourceMarket.LONDON, MARCH_2), CREATED, 0);
        LeadSummary created = projection.handle(new FindLeadQuery("lead-r"), MetaData.emptyInstance());
        LeadImportRecordedEvent recorded = new LeadImportRecordedEvent(
                "lead-r", "desk.csv", 4, LocalDate.of(2026, 3, 20), List.of(new SheetCell("备注", "已回访")),
                List.of(new SheetCell("序号", "4")));

        projection.on(recorded, Instant.EPOCH, 1);
        Document once = document("import-record");
        projection.on(recorded, Instant.EPOCH, 1);

        LeadSummary row = projection.handle(new FindLeadQuery("lead-r"), MetaData.emptyInstance());
        assertThat(row.lastContactOn()).isNull();
        assertThat(row.version()).isEqualTo(1);
        assertThat(row).usingRecursiveComparison().ignoringFields("version").isEqualTo(created);
        assertThat(document("import-record")).isEqualTo(once);
    }

    @Test
    void followsHoldLossAndReopening() {
        LeadSummaryProjection projection = projection("status");
        projection.on(created("lead-9", "Albion Re", null, SourceMarket.LONDON, MARCH_2), CREATED, 0);
        projection.on(new LeadLostEvent("lead-9", Stage.LEAD, LossReason.CHOSE_OTHER_LOCATION, null, "Qingdao",
                                        LocalDate.of(2026, 3, 9)), Instant.EPOCH, 1);
        LeadSummary whenLost = projection.handle(new FindLeadQuery("lead-9"), MetaData.emptyInstance());
        projection.on(new LeadReopenedEvent("lead-9", LeadStatus.LOST, Stage.LEAD, null), Instant.EPOCH, 2);

        assertThat(whenLost.status()).isEqualTo(LeadStatus.LOST);
        assertThat(whenLost.version()).isEqualTo(1);
        assertThat(projection.handle(new FindLeadQuery("lead-9"), MetaData.emptyInstance()).status()).isEqualTo(LeadStatus.OPEN);
        assertThat(projection.handle(new FindLeadQuery("nobody"), MetaData.emptyInstance())).isNull();
    }

    @Test
    void listsNewestFirstInPagesWithTheTotal() {
        LeadSummaryProjection projection = projection("paging");
        for (int i = 0; i < 5; i++) {
            projection.on(created("lead-" + i, "Company " + i, null, SourceMarket.JAPAN, MARCH_2.plusDays(i)),
                          CREATED.plusSeconds(i), 0);
        }

        LeadPage second = projection.handle(FindLeadsQuery.newestFirst(1, 2), MetaData.emptyInstance());

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.leads()).extracting(LeadSummary::leadId).containsExactly("lead-2", "lead-1");
    }

    /** Six leads to filter and sort. */
    private LeadSummaryProjection sixLeads(String database) {
        LeadSummaryProjection projection = projection(database);
        projection.on(created("l-london", "Thames Capital", "泰晤士资本", SourceMarket.LONDON, MARCH_2), CREATED, 0);
        projection.on(created("l-hk", "Kowloon Insurance", "九龙保险", SourceMarket.HONG_KONG, MARCH_2.plusDays(1)),
                      CREATED, 0);
        projection.on(created("l-tokyo", null, "樱花医疗", SourceMarket.JAPAN, MARCH_2.plusDays(2)), CREATED, 0);
        projection.on(created("l-seoul", "Hanbit Content", null, SourceMarket.KOREA, MARCH_2.plusDays(3)), CREATED, 0);
        projection.on(created("l-beijing", null, "京华数据科技", SourceMarket.BEIJING, MARCH_2.plusDays(4)), CREATED, 0);
        projection.on(created("l-other", "Alpine Medical", null, SourceMarket.OTHER, MARCH_2.plusDays(5)), CREATED, 0);
        projection.on(new LeadNumbersUpdatedEvent("l-hk", investment("30000"), null, null, null, null, null, null),
                Instant.EPOCH, 1);
        projection.on(new LeadNumbersUpdatedEvent("l-seoul", investment("5000"), null, null, null, null, null, null),
                Instant.EPOCH,
                      1);
        projection.on(new LeadMovedToStageEvent("l-hk", Stage.LEAD, Stage.NEGOTIATION, MARCH_2, null), MOVED, 2);
        projection.on(new LeadMovedToStageEvent("l-seoul", Stage.LEAD, Stage.NEGOTIATION, MARCH_2, null), MOVED, 2);
        projection.on(new LeadLostEvent("l-tokyo", Stage.LEAD, LossReason.CHOSE_OTHER_LOCATION, null, "Qingdao",
                                        MARCH_2), Instant.EPOCH, 1);
        projection.on(new ContactAddedEvent("l-other", "c1", new Contact("Tanaka", "Hiroshi", null, null, null, null,
                                                                             null)), Instant.EPOCH, 1);
        projection.on(new ActivityLoggedEvent("l-london", "a1", ActivityType.CALL, LocalDate.of(2026, 4, 1),
                                              List.of(), "call", false), Instant.EPOCH, 1);
        projection.on(new LeadReassignedEvent("l-beijing", "staff-li.na", "staff-zhang.wei"), Instant.EPOCH, 1);
        return projection;
    }

    private static PlannedInvestment investment(String cnyWan) {
        return new PlannedInvestment(new BigDecimal(cnyWan), "CNY", BigDecimal.ONE, new BigDecimal(cnyWan));
    }

    private static LeadFilter filter(Consumer<FilterBuilder> settings) {
        FilterBuilder builder = new FilterBuilder();
        settings.accept(builder);
        return builder.build();
    }

    private static List<String> ids(LeadSummaryProjection projection, LeadFilter filter) {
        LeadPage page = projection.handle(new FindLeadsQuery(filter, LeadSort.IDENTIFIED_ON, false, 0, 200), MetaData.emptyInstance());
        assertThat(page.total()).isEqualTo(page.leads().size());
        return page.leads().stream().map(LeadSummary::leadId).toList();
    }

    @Test
    void filtersByEachField() {
        LeadSummaryProjection projection = sixLeads("filters");

        assertThat(ids(projection, filter(f -> f.markets = Set.of(SourceMarket.JAPAN, SourceMarket.KOREA))))
                .containsExactly("l-tokyo", "l-seoul");
        assertThat(ids(projection, filter(f -> f.stages = Set.of(Stage.NEGOTIATION)))).containsExactly("l-hk", "l-seoul");
        assertThat(ids(projection, filter(f -> {
            f.stages = Set.of(Stage.NEGOTIATION);
            f.markets = Set.of(SourceMarket.KOREA);
        }))).containsExactly("l-seoul");
        assertThat(ids(projection, filter(f -> f.statuses = Set.of(LeadStatus.LOST)))).containsExactly("l-tokyo");
        assertThat(ids(projection, filter(f -> f.owners = Set.of("staff-zhang.wei")))).containsExactly("l-beijing");
        assertThat(ids(projection, filter(f -> f.ambassadors = Set.of("amb-2")))).isEmpty();
        assertThat(ids(projection, filter(f -> f.identifiedFrom = MARCH_2.plusDays(4)))).containsExactly("l-beijing",
                                                                                                      "l-other");
        assertThat(ids(projection, filter(f -> f.identifiedTo = MARCH_2))).containsExactly("l-london");
        assertThat(ids(projection, filter(f -> f.lastContactFrom = LocalDate.of(2026, 3, 31)))).containsExactly(
                "l-london");
    }

    @Test
    void searchesEnglishAndChineseNamesAndContactsIgnoringCase() {
        LeadSummaryProjection projection = sixLeads("search");

        assertThat(ids(projection, filter(f -> f.text = "kowloon"))).containsExactly("l-hk");
        assertThat(ids(projection, filter(f -> f.text = "医疗"))).containsExactly("l-tokyo");
        assertThat(ids(projection, filter(f -> f.text = "TANAKA"))).containsExactly("l-other");
        assertThat(ids(projection, filter(f -> {
            f.text = "a";
            f.markets = Set.of(SourceMarket.LONDON);
        }))).containsExactly("l-london");
    }

    @Test
    void sortsEitherWayWithLeadsLackingTheValueLast() {
        LeadSummaryProjection projection = sixLeads("sorting");

        assertThat(sorted(projection, LeadSort.PLANNED_INVESTMENT, true).subList(0, 3))
                .containsExactly("l-hk", "l-seoul", "l-beijing");
        assertThat(sorted(projection, LeadSort.PLANNED_INVESTMENT, false).subList(0, 3))
                .containsExactly("l-seoul", "l-hk", "l-beijing");
        assertThat(sorted(projection, LeadSort.COMPANY, false))
                .containsExactly("l-other", "l-seoul", "l-hk", "l-london", "l-beijing", "l-tokyo");
        assertThat(sorted(projection, LeadSort.STAGE, true).subList(0, 2)).containsExactly("l-seoul", "l-hk");
    }

    private static List<String> sorted(LeadSummaryProjection projection, LeadSort sort, boolean descending) {
        return projection.handle(new FindLeadsQuery(LeadFilter.none(), sort, descending, 0, 200), MetaData.emptyInstance()).leads().stream()
                         .map(LeadSummary::leadId).toList();
    }

    @Test
    void aRestartedNodeAnswersFromTheStoredList() {
        sixLeads("restart");

        LeadSummaryProjection restarted = projection("restart");

        assertThat(ids(restarted, filter(f -> f.stages = Set.of(Stage.NEGOTIATION)))).containsExactly("l-hk", "l-seoul");
        assertThat(ids(restarted, filter(f -> f.text = "tanaka"))).containsExactly("l-other");
    }

    @Test
    void aResetEmptiesTheList() {
        LeadSummaryProjection projection = sixLeads("reset");

        projection.reset();

        assertThat(projection.handle(FindLeadsQuery.newestFirst(0, 20), MetaData.emptyInstance())).isEqualTo(new LeadPage(List.of(), 0));
        assertThat(STORE.database("reset").getCollection(LeadSummaryProjection.COLLECTION).countDocuments())
                .isZero();
    }

    @Test
    void rejectsPagesAndFiltersOutOfRange() {
        LeadSummaryProjection projection = projection("invalid");

        assertThatThrownBy(() -> projection.handle(FindLeadsQuery.newestFirst(-1, 0), MetaData.emptyInstance()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("page: must be 0 or more; size: must be between 1 and 200");
        LeadFilter backwards = filter(f -> {
            f.identifiedFrom = MARCH_2;
            f.identifiedTo = MARCH_2.minusDays(1);
            f.text = "x".repeat(101);
        });
        assertThatThrownBy(() -> projection.handle(new FindLeadsQuery(backwards, null, false, 0, 20), MetaData.emptyInstance()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("q: must be at most 100 characters; identifiedTo: must not be before identifiedFrom");
    }

    private static final class FilterBuilder {
        Set<SourceMarket> markets;
        Set<Stage> stages;
        Set<String> owners;
        Set<String> ambassadors;
        Set<LeadStatus> statuses;
        LocalDate identifiedFrom;
        LocalDate identifiedTo;
        LocalDate lastContactFrom;
        String text;
        LocalDate staleSince;

        LeadFilter build() {
            return new LeadFilter(markets, stages, null, null, owners, ambassadors, null, null, statuses,
                                  identifiedFrom, identifiedTo, lastContactFrom, null, text, staleSince);
        }
    }
}
