package org.zhaoshang.crm.lead.query;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.lead.api.LeadGateDataCompletedEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataMissingEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.query.AmbassadorScorecard;
import org.zhaoshang.crm.lead.api.query.DataToComplete;
import org.zhaoshang.crm.lead.api.query.FindDataToCompleteQuery;
import org.zhaoshang.crm.lead.api.value.MissingGateData;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.query.FindAmbassadorScorecardsQuery;
import org.zhaoshang.crm.lead.api.query.FindFollowUpsQuery;
import org.zhaoshang.crm.lead.api.query.FindPipelineBoardQuery;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.query.FollowUpItem;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.query.FollowUps;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.query.PipelineBoard;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadWorkQueriesTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final Instant CREATED = Instant.parse("2026-03-02T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private LeadSummaryProjection projection;
    private LeadWorkQueries queries;

    private void start(String database) {
        projection = new LeadSummaryProjection(STORE.database(database), SimpleQueryUpdateEmitter.builder().build());
        queries = new LeadWorkQueries(projection);
    }

    private void lead(String leadId, SourceMarket market, String ambassador, Stage stage, String investmentWan) {
        projection.on(new LeadCreatedEvent(leadId, Company.named(leadId, null), market, Channel.AMBASSADOR,
                                           ambassador, "staff-li.na", LocalDate.of(2026, 3, 2)), CREATED, 0);
        if (investmentWan != null) {
            BigDecimal wan = new BigDecimal(investmentWan);
            projection.on(new LeadNumbersUpdatedEvent(leadId, new PlannedInvestment(wan, "CNY", BigDecimal.ONE, wan),
                                                      null, null, null, null, null, null), Instant.EPOCH, 1);
        }
        if (stage != Stage.LEAD) {
            projection.on(new LeadMovedToStageEvent(leadId, Stage.LEAD, stage, LocalDate.of(2026, 4, 1), null),
                          CREATED, 2);
        }
    }

    @Test
    void theBoardCountsAndSumsEachStageAndShowsTheLargestLeadsFirst() {
        start("board");
        lead("a", SourceMarket.LONDON, null, Stage.NEGOTIATION, "1000");
        lead("b", SourceMarket.LONDON, null, Stage.NEGOTIATION, "30000");
        lead("c", SourceMarket.LONDON, null, Stage.NEGOTIATION, null);
        lead("d", SourceMarket.JAPAN, null, Stage.NEGOTIATION, "5000");
        lead("e", SourceMarket.LONDON, null, Stage.SIGNED, "8000");
        lead("lost", SourceMarket.LONDON, null, Stage.NEGOTIATION, "99999");
        projection.on(new LeadLostEvent("lost", Stage.NEGOTIATION, LossReason.COSTS_TOO_HIGH, null, null, TODAY),
                Instant.EPOCH, 3);

        PipelineBoard board = queries.handle(new FindPipelineBoardQuery(
                new LeadFilter(java.util.Set.of(SourceMarket.LONDON), null, null, null, null, null, null, null, null,
                               null, null, null, null, null, null), 2), MetaData.emptyInstance());

        PipelineBoard.Column negotiation = board.columns().get(Stage.NEGOTIATION.ordinal());
        assertThat(board.columns()).extracting(PipelineBoard.Column::stage).containsExactly(Stage.values());
        assertThat(negotiation.leads()).isEqualTo(3);
        assertThat(negotiation.plannedInvestmentCnyWan()).isEqualByComparingTo("31000");
        assertThat(negotiation.cards()).extracting(LeadSummary::leadId).containsExactly("b", "a");
        assertThat(board.columns().get(Stage.SIGNED.ordinal()).cards()).extracting(LeadSummary::leadId)
                                                                     .containsExactly("e");
        assertThat(board.columns().get(Stage.LEAD.ordinal()).leads()).isZero();
    }

    @Test
    void followUpsAreSplitIntoOverdueDueTodayAndUpcomingPerAssignee() {
        start("follow-ups");
        lead("a", SourceMarket.KOREA, null, Stage.CONTACTED, null);
        lead("b", SourceMarket.KOREA, null, Stage.CONTACTED, null);
        projection.on(new FollowUpScheduledEvent("a", "f1", "call", TODAY.minusDays(2), "staff-li.na"),
                Instant.EPOCH, 3);
        projection.on(new FollowUpScheduledEvent("a", "f2", "mail", TODAY, "staff-li.na"), Instant.EPOCH, 4);
        projection.on(new FollowUpScheduledEvent("b", "f3", "visit", TODAY.plusDays(3), "staff-li.na"),
                Instant.EPOCH, 3);
        projection.on(new FollowUpScheduledEvent("b", "f4", "call", TODAY, "staff-wang.fang"), Instant.EPOCH, 4);
        projection.on(new FollowUpScheduledEvent("b", "f5", "done", TODAY.minusDays(9), "staff-li.na"),
                Instant.EPOCH, 5);
        projection.on(new FollowUpCompletedEvent("b", "f5", "done"), Instant.EPOCH, 6);

        FollowUps mine = queries.handle(new FindFollowUpsQuery("staff-li.na", TODAY), MetaData.emptyInstance());
        FollowUps everyone = queries.handle(new FindFollowUpsQuery(null, TODAY), MetaData.emptyInstance());

        assertThat(mine.overdue()).extracting(item -> item.followUp().followUpId()).containsExactly("f1");
        assertThat(mine.dueToday()).extracting(item -> item.followUp().followUpId()).containsExactly("f2");
        assertThat(mine.upcoming()).extracting(item -> item.followUp().followUpId()).containsExactly("f3");
        assertThat(everyone.dueToday()).extracting(FollowUpItem::leadId).containsExactly("a", "b");
        assertThatThrownBy(() -> queries.handle(new FindFollowUpsQuery(null, null), MetaData.emptyInstance()))
                .isInstanceOf(InvalidInputException.class).hasMessage("today: must not be empty");
    }

    @Test
    void anAmbassadorAskingForEveryonesFollowUpsGetsThoseOnTheLeadsTheyIntroducedOnly() {
        start("ambassador-follow-ups");
        lead("theirs", SourceMarket.LONDON, "amb-london", Stage.CONTACTED, null);
        lead("others", SourceMarket.LONDON, "amb-hk", Stage.CONTACTED, null);
        projection.on(new FollowUpScheduledEvent("theirs", "f1", "call", TODAY, "staff-li.na"), Instant.EPOCH, 3);
        projection.on(new FollowUpScheduledEvent("others", "f2", "call", TODAY, "staff-li.na"), Instant.EPOCH, 3);
        MetaData ambassador = MetaData.from(org.zhaoshang.crm.security.api.Caller.user(
                "ambassador", java.util.Set.of(org.zhaoshang.crm.security.api.Role.AMBASSADOR), "amb-london")
                                                                                 .toMetaData());

        FollowUps theirs = queries.handle(new FindFollowUpsQuery(null, TODAY), ambassador);

        assertThat(theirs.dueToday()).extracting(FollowUpItem::leadId).containsExactly("theirs");
    }

    @Test
    void scorecardsCountWhatBecameOfEachAmbassadorsLeads() {
        start("scorecards");
        lead("a", SourceMarket.HONG_KONG, "amb-hk", Stage.SIGNED, "20000");
        lead("b", SourceMarket.HONG_KONG, "amb-hk", Stage.OPERATING, "5000");
        lead("c", SourceMarket.HONG_KONG, "amb-hk", Stage.CONTACTED, "100");
        lead("d", SourceMarket.HONG_KONG, "amb-hk", Stage.CONTACTED, null);
        projection.on(new LeadLostEvent("d", Stage.CONTACTED, LossReason.COSTS_TOO_HIGH, null, null, TODAY),
                Instant.EPOCH, 3);
        lead("e", SourceMarket.LONDON, "amb-london", Stage.LEAD, null);
        lead("f", SourceMarket.LONDON, null, Stage.SIGNED, "7000");
        projection.on(new LeadMovedToStageEvent("a", Stage.SIGNED, Stage.INTENT, LocalDate.of(2026, 5, 1), null),
                      CREATED, 3);

        List<AmbassadorScorecard> scorecards = queries.handle(new FindAmbassadorScorecardsQuery(), MetaData.emptyInstance()).scorecards();

        assertThat(scorecards).containsExactly(
                new AmbassadorScorecard("amb-hk", 4, Map.of(Stage.INTENT, 1L, Stage.OPERATING, 1L,
                                                            Stage.CONTACTED, 1L), 2, 1, 0,
                                        new BigDecimal("0.5000"), new BigDecimal("25000")),
                new AmbassadorScorecard("amb-london", 1, Map.of(Stage.LEAD, 1L), 0, 0, 0, new BigDecimal("0.0000"),
                                        BigDecimal.ZERO));
    }

    private void owes(String leadId, Stage stage, long version, String... fields) {
        projection.on(new LeadGateDataMissingEvent(leadId, stage, List.of(fields), "台账.csv", 7), Instant.EPOCH,
                      version);
    }

    @Test
    void dataToCompleteListsTheLeadsOwingAGatesDataPerOwnerWithCountsPerGateUntilItIsRecorded() {
        start("data-to-complete");
        lead("signed", SourceMarket.LONDON, null, Stage.LEAD, null);
        owes("signed", Stage.SIGNED, 1, "agreementSignedOn", "agreementReference");
        owes("signed", Stage.SITE_VISIT, 2, "activities");
        lead("intent", SourceMarket.LONDON, "amb-london", Stage.LEAD, null);
        owes("intent", Stage.INTENT, 1, "targetZone");
        lead("complete", SourceMarket.LONDON, null, Stage.NEGOTIATION, null);
        lead("others", SourceMarket.LONDON, null, Stage.LEAD, null);
        projection.on(new LeadReassignedEvent("others", "staff-li.na", "staff-wang.fang"), Instant.EPOCH, 3);
        owes("others", Stage.SITE_VISIT, 4, "activities");

        DataToComplete all = queries.handle(new FindDataToCompleteQuery(null, 0, 50), MetaData.emptyInstance());
        DataToComplete mine = queries.handle(new FindDataToCompleteQuery("staff-li.na", 0, 50),
                                             MetaData.emptyInstance());

        assertThat(all.total()).isEqualTo(3);
        assertThat(all.leadsPerGate()).isEqualTo(Map.of(Stage.SITE_VISIT, 2L, Stage.INTENT, 1L, Stage.SIGNED, 1L));
        assertThat(mine.leads()).extracting(LeadSummary::leadId).containsExactlyInAnyOrder("signed", "intent");
        assertThat(mine.leads().stream().filter(lead -> lead.leadId().equals("signed")).findFirst().orElseThrow()
                       .dataToComplete())
                .containsExactly(new MissingGateData(Stage.SITE_VISIT, List.of("activities"), "台账.csv", 7),
                                 new MissingGateData(Stage.SIGNED, List.of("agreementSignedOn", "agreementReference"),
                                                     "台账.csv", 7));
        assertThat(queries.handle(new FindDataToCompleteQuery(null, 1, 2), MetaData.emptyInstance()).leads())
                .hasSize(1);

        projection.on(new LeadGateDataCompletedEvent("signed", Stage.SIGNED, List.of("agreementSignedOn")),
                      Instant.EPOCH, 5);
        assertThat(queries.handle(new FindDataToCompleteQuery("staff-li.na", 0, 50), MetaData.emptyInstance())
                          .leadsPerGate()).containsEntry(Stage.SIGNED, 1L);
        projection.on(new LeadGateDataCompletedEvent("signed", Stage.SIGNED, List.of("agreementReference")),
                      Instant.EPOCH, 6);
        projection.on(new LeadGateDataCompletedEvent("signed", Stage.SITE_VISIT, List.of("activities")),
                      Instant.EPOCH, 7);

        DataToComplete afterwards = queries.handle(new FindDataToCompleteQuery("staff-li.na", 0, 50),
                                                   MetaData.emptyInstance());
        assertThat(afterwards.leads()).extracting(LeadSummary::leadId).containsExactly("intent");
        assertThat(afterwards.leadsPerGate()).isEqualTo(Map.of(Stage.INTENT, 1L));
    }

    @Test
    void anAmbassadorSeesTheDataToCompleteOfTheLeadsTheyIntroducedOnly() {
        start("ambassador-data-to-complete");
        lead("theirs", SourceMarket.LONDON, "amb-london", Stage.LEAD, null);
        owes("theirs", Stage.SITE_VISIT, 3, "activities");
        lead("others", SourceMarket.LONDON, "amb-hk", Stage.LEAD, null);
        owes("others", Stage.SITE_VISIT, 3, "activities");
        MetaData ambassador = MetaData.from(org.zhaoshang.crm.security.api.Caller.user(
                "ambassador", java.util.Set.of(org.zhaoshang.crm.security.api.Role.AMBASSADOR), "amb-london")
                                                                                 .toMetaData());

        DataToComplete theirs = queries.handle(new FindDataToCompleteQuery(null, 0, 50), ambassador);

        assertThat(theirs.leads()).extracting(LeadSummary::leadId).containsExactly("theirs");
        assertThat(theirs.leadsPerGate()).isEqualTo(Map.of(Stage.SITE_VISIT, 1L));
        assertThatThrownBy(() -> queries.handle(new FindDataToCompleteQuery(null, 0, 201), ambassador))
                .isInstanceOf(InvalidInputException.class).hasMessage("size: must be between 1 and 200");
    }

    @Test
    void gateEventsDeliveredTwiceLeaveTheSameDataToComplete() {
        start("data-to-complete-twice");
        lead("a", SourceMarket.LONDON, null, Stage.LEAD, null);
        owes("a", Stage.INTENT, 3, "plannedInvestment", "targetZone");
        owes("a", Stage.INTENT, 3, "plannedInvestment", "targetZone");
        LeadGateDataCompletedEvent investment = new LeadGateDataCompletedEvent("a", Stage.INTENT,
                                                                               List.of("plannedInvestment"));
        projection.on(investment, Instant.EPOCH, 4);
        projection.on(investment, Instant.EPOCH, 4);

        DataToComplete owed = queries.handle(new FindDataToCompleteQuery(null, 0, 50), MetaData.emptyInstance());

        assertThat(owed.leads()).singleElement().extracting(LeadSummary::dataToComplete)
                                .isEqualTo(List.of(new MissingGateData(Stage.INTENT, List.of("targetZone"), "台账.csv",
                                                                       7)));
        LeadSummaryProjection reloaded = new LeadSummaryProjection(STORE.database("data-to-complete-twice"),
                                                                   SimpleQueryUpdateEmitter.builder().build());
        assertThat(new LeadWorkQueries(reloaded).handle(new FindDataToCompleteQuery(null, 0, 50),
                                                        MetaData.emptyInstance()))
                .isEqualTo(owed);
    }
}
