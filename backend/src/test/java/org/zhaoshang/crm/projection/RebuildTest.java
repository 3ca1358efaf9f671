package org.zhaoshang.crm.projection;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.lead.api.query.DataToComplete;
import org.zhaoshang.crm.lead.api.query.FindDataToCompleteQuery;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.messaging.ActorMetaDataConfiguration;
import org.zhaoshang.crm.notification.api.DefineWebhookCommand;
import org.zhaoshang.crm.notification.api.FindWebhooksQuery;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.RemoveWebhookCommand;
import org.zhaoshang.crm.notification.api.WebhookPlatform;
import org.zhaoshang.crm.notification.api.WebhookSummary;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhaoshang.crm.backup.ReadModelChecksum;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.FindConversionQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.FindPipelineBoardQuery;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.query.PipelineBoard;
import org.zhaoshang.crm.performance.api.FindPerformanceQuery;
import org.zhaoshang.crm.performance.api.FindStuckProjectsQuery;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.performance.api.StuckProjects;
import org.zhaoshang.crm.project.api.query.FindLeadProjectsQuery;
import org.zhaoshang.crm.project.api.query.FindSigningsQuery;
import org.zhaoshang.crm.project.api.query.LeadProjects;
import org.zhaoshang.crm.project.api.query.Signings;
import org.zhaoshang.crm.project.query.ProjectProjection;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.supervision.api.ChangeLightRulesCommand;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.ProgressSignal;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectQuery;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.FindLeaderLightsQuery;
import org.zhaoshang.crm.supervision.api.query.FindLightRulesQuery;
import org.zhaoshang.crm.supervision.api.query.FindProblemsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.LeaderLights;
import org.zhaoshang.crm.supervision.api.query.ProblemList;
import org.zhaoshang.crm.supervision.api.query.LightRulesHistory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every projection rebuilt from the event log gives the same read models as the live run: the stored documents and
 * the answers of the queries (in-memory indexes and counters included), compared by checksum.
 */
@SpringBootTest(properties = "zhaoshang.demo-leads=120")
class RebuildTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private ObjectMapper json;

    @Test
    void aRebuildOfEveryProjectionGivesTheReadModelsOfTheLiveRun() throws Exception {
        importedAsRecorded();
        keyProjectWithAProblem();
        groupRobots();
        commands.sendAndWait(new ChangeLightRulesCommand(new LightRules(1, 7, 1, 15, 30, 45,
                                                                        Set.of(ProgressSignal.ACTIVITY)), null, null));
        awaitCaughtUp();
        assertThat(queries.query(new FindKeyProjectsQuery(null, null, null, null, null),
                                 ResponseTypes.instanceOf(KeyProjectList.class)).join().rows().stream()
                              .filter(row -> row.leadId().equals("rebuild-imported")))
                .as("the key project, red with its problem (beside the demo's)").singleElement()
                .satisfies(row -> assertThat(row.light()).isEqualTo(Light.RED));
        String live = checksum();

        List<String> projections = statuses().projections().stream().map(ProjectionStatus::projection).toList();
        assertThat(projections).containsExactlyInAnyOrder(ReadModels.PROCESSING_GROUP, "project-reactions",
                                                      "notifications", "building-reactions");
        projections.forEach(projection -> commands.sendAndWait(new RebuildProjectionCommand(projection)));
        awaitCaughtUp();

        assertThat(checksum()).isEqualTo(live);
    }

    @Test
    void anUnknownProjectionIsRejected() {
        assertThatThrownBy(() -> commands.sendAndWait(new RebuildProjectionCommand("nope")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("projection: must be one of ");
    }

    /** A lead an import placed at SIGNED without a visit or an agreement, whose visit was logged afterwards. */
    private void importedAsRecorded() {
        LocalDate day = LocalDate.of(2020, 6, 1);
        commands.sendAndWait(new GenericCommandMessage<>(new ImportLeadCommand(
                "rebuild-imported", new CreateLeadCommand("rebuild-imported", Company.named("Rebuild Imported", null),
                                                          SourceMarket.LONDON, null, null, day),
                new UpdateLeadNumbersCommand("rebuild-imported", new BigDecimal("900"), null, null, null, null, null,
                                             null, null, null, null),
                List.of(), List.of(), new MoveLeadToStageCommand("rebuild-imported", Stage.SIGNED, day, null, null),
                false, StagePolicy.AS_RECORDED, null), MetaData.with(ActorMetaDataConfiguration.IMPORT_FILE_KEY, "台账.csv")
                                                         .and(ActorMetaDataConfiguration.IMPORT_ROW_KEY, 2)));
        commands.sendAndWait(new LogActivityCommand("rebuild-imported", "v-1", ActivityType.VISIT_BY_US, day,
                                                    List.of(), "visit", false, null));
    }

    /**
     * The imported lead made a key project of this year, with an instruction and a problem three weeks overdue (a red
     * card): their events, as the key project's and the problem's aggregates record them.
     */
    private void keyProjectWithAProblem() {
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        String keyProject = KeyProjectIds.of(today.getYear(), "rebuild-imported");
        eventStore.publish(
                new GenericDomainEventMessage<>("KeyProject", keyProject, 0, new KeyProjectDesignatedEvent(
                        keyProject, today.getYear(), "rebuild-imported",
                        new Designation("leader", "dept-planning", "年内开工"), "manager", today.minusDays(40))),
                new GenericDomainEventMessage<>("Problem", "rebuild-problem", 0, new ProblemRaisedEvent(
                        "rebuild-problem", "rebuild-imported", "规划许可", "dept-planning", today.minusDays(21),
                        "staff", today.minusDays(30))),
                new GenericDomainEventMessage<>("KeyProject", keyProject, 1, new InstructionWrittenEvent(
                        keyProject, today.getYear(), "rebuild-imported", "rebuild-instruction", "rebuild-problem",
                        "两周内解决", "leader", today)));
    }

    /** A group robot defined and changed, another removed: the robots' list covers both. */
    private void groupRobots() {
        for (String robot : List.of("rebuild-robot", "rebuild-removed")) {
            commands.sendAndWait(new DefineWebhookCommand(
                    robot, "招商一处群", WebhookPlatform.WECOM,
                    "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0123456789abcdef", null, null, null,
                    Set.of(NotificationKind.RED_LIGHT), "zh"));
        }
        commands.sendAndWait(new DefineWebhookCommand("rebuild-robot", "伦敦群", WebhookPlatform.WECOM, null, null,
                                                      null, SourceMarket.LONDON,
                                                      Set.of(NotificationKind.INSTRUCTION), "en"));
        commands.sendAndWait(new RemoveWebhookCommand("rebuild-removed"));
    }

    private void awaitCaughtUp() {
        await().ignoreExceptions().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(
                () -> statuses().projections().stream().allMatch(ProjectionStatus::caughtUp));
    }

    private ProjectionStatuses statuses() {
        return queries.query(new FindProjectionsQuery(), ResponseTypes.instanceOf(ProjectionStatuses.class)).join();
    }

    /** A demo lead with a signed project, so that the checksum covers the projects as read. */
    private String signedLead() {
        Document project = database.getCollection(ProjectProjection.PROJECTS).find().first();
        assertThat(project).as("the demo leads signed projects").isNotNull();
        return project.getString("leadId");
    }

    private String checksum() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(ReadModelChecksum.of(database).total().getBytes(StandardCharsets.UTF_8));
        YearMonth now = YearMonth.now();
        Object[] answers = {
                queries.query(FindLeadsQuery.newestFirst(0, 200), ResponseTypes.instanceOf(LeadPage.class)).join(),
                queries.query(new FindPipelineBoardQuery(LeadFilter.none(), 50),
                              ResponseTypes.instanceOf(PipelineBoard.class)).join(),
                queries.query(new FindDataToCompleteQuery(null, 0, 200),
                              ResponseTypes.instanceOf(DataToComplete.class)).join(),
                queries.query(new FindConversionQuery(now.minusMonths(30), now, ConversionDimension.MARKET, null, null),
                              ResponseTypes.instanceOf(ConversionReport.class)).join(),
                queries.query(new FindLeadProjectsQuery(signedLead()), ResponseTypes.instanceOf(LeadProjects.class))
                       .join(),
                queries.query(new FindSigningsQuery(now.getYear()), ResponseTypes.instanceOf(Signings.class)).join(),
                queries.query(new FindPerformanceQuery(null, ConversionDimension.MARKET, null, null),
                              ResponseTypes.instanceOf(PerformanceReport.class)).join(),
                queries.query(new FindStuckProjectsQuery(null, null, null),
                              ResponseTypes.instanceOf(StuckProjects.class)).join(),
                queries.query(new FindLightRulesQuery(), ResponseTypes.instanceOf(LightRulesHistory.class)).join(),
                queries.query(new FindKeyProjectsQuery(null, null, null, null, null),
                              ResponseTypes.instanceOf(KeyProjectList.class)).join(),
                queries.query(new FindKeyProjectQuery(now.getYear(), "rebuild-imported", null, null),
                              ResponseTypes.instanceOf(KeyProjectDossier.class)).join(),
                queries.query(new FindProblemsQuery(null, null, null, null, null),
                              ResponseTypes.instanceOf(ProblemList.class)).join(),
                queries.query(new FindLeaderLightsQuery(null, null, null),
                              ResponseTypes.multipleInstancesOf(LeaderLights.class)).join(),
                queries.query(new FindWebhooksQuery(), ResponseTypes.multipleInstancesOf(WebhookSummary.class))
                       .join()};
        for (Object answer : answers) {
            digest.update(json.writeValueAsBytes(answer));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
