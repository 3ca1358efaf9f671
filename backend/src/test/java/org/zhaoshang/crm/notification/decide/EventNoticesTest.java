package org.zhaoshang.crm.notification.decide;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressReturnedEvent;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;
import org.zhaoshang.crm.report.api.ReportIds;
import org.zhaoshang.crm.report.api.ReportIssuedEvent;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The processor {@code notifications} against the running application: each event to the right notice, events older
 * than the replay horizon passed over, and a processor that never ran starting at the head of the log.
 */
@SpringBootTest(properties = "zhaoshang.notifications.sweep-every=0") // no sweep but the tests'
@Import(RecordingNoticesConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventNoticesTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private RecordingNotices notices;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TokenStore tokens;
    @Autowired
    private Clock clock;
    private LocalDate today;
    private int year;
    /** A lead owned by staff, introduced by the ambassador's partner, a key project of leader with fgj. */
    private String leadId;
    /** A lead owned by staff that the ambassador does not see. */
    private String otherLead;
    private String keyProjectId;

    @BeforeAll
    void keyProjectOfLeader() {
        today = BureauTime.today(clock);
        year = today.getYear();
        leadId = lead("Notice Key Ltd", "demo-amb-london");
        otherLead = lead("Notice Other Ltd", null);
        keyProjectId = KeyProjectIds.of(year, leadId);
        eventStore.publish(
                new GenericDomainEventMessage<>("KeyProject", keyProjectId, 0, new KeyProjectDesignatedEvent(
                        keyProjectId, year, leadId, new Designation("leader", "fgj", "年内开工"), "manager",
                        today.minusDays(40))),
                new GenericDomainEventMessage<>("Problem", leadId + "-problem", 0, new ProblemRaisedEvent(
                        leadId + "-problem", leadId, "规划许可", "swj", today.minusDays(21), "staff",
                        today.minusDays(30))));
    }

    @Test
    void anInstructionIsToldToTheOwnerAndBothDepartmentsNotToItsLeaderNorTheAmbassador() {
        eventStore.publish(new GenericDomainEventMessage<>("KeyProject", keyProjectId, 1, new InstructionWrittenEvent(
                keyProjectId, year, leadId, leadId + "-instruction", leadId + "-problem", "两周内解决", "leader",
                today)));

        Notice notice = told("instruction:" + leadId + "-instruction");
        assertThat(notice.kind()).isEqualTo(NotificationKind.INSTRUCTION);
        assertThat(notice.link()).isEqualTo("/key-projects/" + year + "/" + leadId);
        assertThat(notice.params()).isEqualTo(Map.of("company", "Notice Key Ltd", "leader", "赵立新（副区长）",
                                                     "text", "两周内解决"));
        assertThat(notice.recipients()).containsExactlyInAnyOrder("staff", "dept-fgj", "dept-swj");
        assertThat(notice.department()).isEqualTo("fgj");
        assertThat(notice.market()).isEqualTo(SourceMarket.LONDON);
    }

    @Test
    void recordedProgressWaitsForTheManagersButNotItsRecorder() {
        String projectId = "notice-project-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("SignedProject", projectId, 0, recorded(
                projectId, leadId, "p-1", "staff")));
        Notice notice = told("progress-recorded:p-1");
        assertThat(notice.kind()).isEqualTo(NotificationKind.PROGRESS_TO_VERIFY);
        assertThat(notice.link()).isEqualTo("/verification");
        assertThat(notice.params()).isEqualTo(Map.of("company", "Notice Key Ltd", "fact",
                                                     "到资 500 万元（" + today.minusDays(1) + "）",
                                                     "recordedBy", "张伟"));
        assertThat(notice.recipients()).containsExactly("manager");

        eventStore.publish(new GenericDomainEventMessage<>("SignedProject", projectId, 1, recorded(
                projectId, leadId, "p-2", "manager")));
        assertThat(told("progress-recorded:p-2").recipients()).as("no other manager in the demo").isEmpty();
    }

    @Test
    void returnedProgressGoesBackToItsRecorderWhenTheyStillSeeTheLead() {
        String seen = "notice-project-" + UUID.randomUUID();
        eventStore.publish(
                new GenericDomainEventMessage<>("SignedProject", seen, 0, recorded(seen, leadId, "r-1", "ambassador")),
                new GenericDomainEventMessage<>("SignedProject", seen, 1, new ProgressReturnedEvent(
                        seen, leadId, "r-1", "ambassador", "manager", today, "缺少银行回单")));
        Notice notice = told("progress-returned:r-1:" + today);
        assertThat(notice.kind()).isEqualTo(NotificationKind.PROGRESS_RETURNED);
        assertThat(notice.link()).isEqualTo("/leads/" + leadId);
        assertThat(notice.params()).isEqualTo(Map.of("company", "Notice Key Ltd", "fact",
                                                     "到资 500 万元（" + today.minusDays(1) + "）",
                                                     "reason", "缺少银行回单", "returnedBy", "王建国（局长）"));
        assertThat(notice.recipients()).containsExactly("ambassador");

        String unseen = "notice-project-" + UUID.randomUUID();
        eventStore.publish(
                new GenericDomainEventMessage<>("SignedProject", unseen, 0, recorded(unseen, otherLead, "r-2",
                                                                                     "ambassador")),
                new GenericDomainEventMessage<>("SignedProject", unseen, 1, new ProgressReturnedEvent(
                        unseen, otherLead, "r-2", "ambassador", "manager", today, "重复登记")));
        assertThat(told("progress-returned:r-2:" + today).recipients())
                .as("the ambassador no longer sees that lead").isEmpty();
    }

    @Test
    void anIssuedReportReachesTheBureauAndTheLeadersNeverAnAmbassadorOrAnAdministratorAlone() {
        String reportId = ReportIds.of(ReportKind.DISPATCH, "2026-W49");
        eventStore.publish(new GenericDomainEventMessage<>("IssuedReport", reportId, 0, new ReportIssuedEvent(
                reportId, ReportKind.DISPATCH, "2026-W49", clock.instant(), "manager")));
        Notice notice = told(reportId);
        assertThat(notice.kind()).isEqualTo(NotificationKind.REPORT_READY);
        assertThat(notice.link()).isEqualTo("/reports?kind=dispatch&period=2026-W49");
        assertThat(notice.params()).isEqualTo(Map.of("report", "DISPATCH", "period", "2026-W49"));
        assertThat(notice.recipients()).contains("manager", "leader", "leader-sun.hai", "dept-fgj", "staff")
                                       .doesNotContain("ambassador", "admin");
    }

    @Test
    void anEventStoredLongerAgoThanTheHorizonIsNotTold() {
        String projectId = "notice-project-" + UUID.randomUUID();
        Instant weekAgo = clock.instant().minus(Duration.ofDays(7));
        eventStore.publish(
                new GenericDomainEventMessage<>("SignedProject", projectId, 0,
                                                recorded(projectId, leadId, "old-1", "staff"), MetaData.emptyInstance(),
                                                UUID.randomUUID().toString(), weekAgo),
                new GenericDomainEventMessage<>("SignedProject", projectId, 1,
                                                recorded(projectId, leadId, "new-1", "staff")));
        told("progress-recorded:new-1");
        assertThat(notices.find("progress-recorded:old-1")).as("decided in order, before new-1, and passed over")
                                                           .isEmpty();
    }

    @Test
    void aProcessorThatNeverRanStartsAtTheHeadAndTellsNothingOfTheLogBefore() {
        StreamingEventProcessor processor = processing.eventProcessor(NotificationProcessing.PROCESSING_GROUP,
                                                                      StreamingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.processingStatus().isEmpty());
        String projectId = "notice-project-" + UUID.randomUUID();
        processor.shutDown();
        try {
            for (int segment : tokens.fetchSegments(NotificationProcessing.PROCESSING_GROUP)) {
                tokens.fetchToken(NotificationProcessing.PROCESSING_GROUP, segment); // claims it: only its owner deletes
                tokens.deleteToken(NotificationProcessing.PROCESSING_GROUP, segment);
            }
            assertThat(tokens.fetchSegments(NotificationProcessing.PROCESSING_GROUP)).isEmpty();
            eventStore.publish(new GenericDomainEventMessage<>("SignedProject", projectId, 0,
                                                               recorded(projectId, leadId, "history-1", "staff")));
        } finally {
            processor.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.processingStatus().isEmpty());
        eventStore.publish(new GenericDomainEventMessage<>("SignedProject", projectId, 1,
                                                           recorded(projectId, leadId, "after-1", "staff")));
        told("progress-recorded:after-1");
        assertThat(notices.find("progress-recorded:history-1")).isEmpty();
    }

    private Notice told(String reason) {
        await().atMost(Duration.ofSeconds(30)).until(() -> notices.find(reason).isPresent());
        return notices.find(reason).orElseThrow();
    }

    private ProgressRecordedEvent recorded(String projectId, String lead, String progressId, String by) {
        return new ProgressRecordedEvent(projectId, lead, progressId, new ProgressFact(
                ProgressKind.CAPITAL_ARRIVED, today.minusDays(1), new BigDecimal("500.00"), null, null, null, List.of()),
                                         ProgressOrigin.RECORDED, by, today, null, null);
    }

    private String lead(String company, String introducedBy) {
        String id = "notice-" + UUID.randomUUID();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                id, Company.named(company, null), SourceMarket.LONDON, null, introducedBy, today.minusDays(40)))
                                                  .withMetaData(Caller.user("staff", Set.of(Role.STAFF), null)
                                                                      .toMetaData()));
        return id;
    }
}
