package org.zhaoshang.crm.notification.decide;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notices of the day, decided at given days of the bureau: a follow-up due, then overdue once however many days
 * it stays so, a lead's silence once per silence, a red light once per red spell (the day it turned red: see
 * {@link RedSpellTest}; the supervision answers no day after today), a red problem once per due day.
 */
@SpringBootTest(properties = "zhaoshang.notifications.sweep-every=0") // no sweep but the tests'
@Import(RecordingNoticesConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticesOfTheDayTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private Clock clock;
    @Autowired
    private FollowUpNotices followUps;
    @Autowired
    private SilenceNotices silence;
    @Autowired
    private RedLightNotices redLights;
    @Autowired
    private RedProblemNotices redProblems;
    @Autowired
    private NoticePosting posting;
    @Autowired
    private DaySweep daySweep;
    @Autowired
    private RecordingNotices posted;
    private LocalDate today;
    private Instant now;
    private String leadId;
    private String problemId;

    @BeforeAll
    void aKeyProjectWithARedProblemAndAFollowUp() {
        today = BureauTime.today(clock);
        now = clock.instant();
        leadId = "day-" + UUID.randomUUID();
        send(new CreateLeadCommand(leadId, Company.named("Day Sweep Ltd", "日巡科技"), SourceMarket.LONDON, null,
                                   "demo-amb-london", today.minusDays(40)));
        send(new ScheduleFollowUpCommand(leadId, "fu-1", "寄送园区资料", today.plusDays(2), "staff", null));
        String keyProjectId = KeyProjectIds.of(today.getYear(), leadId);
        problemId = leadId + "-problem";
        eventStore.publish(
                new GenericDomainEventMessage<>("KeyProject", keyProjectId, 0, new KeyProjectDesignatedEvent(
                        keyProjectId, today.getYear(), leadId, new Designation("leader", "fgj", "年内开工"), "manager",
                        today.minusDays(40))),
                new GenericDomainEventMessage<>("Problem", problemId, 0, new ProblemRaisedEvent(
                        problemId, leadId, "规划许可", "swj", today.minusDays(21), "staff", today.minusDays(30))));
    }

    @Test
    void aFollowUpIsDueOnItsDayThenOverdueOnceHoweverLongItStaysOpen() {
        Notice due = awaitNotice(() -> followUps.decide(today.plusDays(2), now),
                                 "follow-up-due:" + leadId + ":fu-1:" + today.plusDays(2));
        assertThat(due.kind()).isEqualTo(NotificationKind.FOLLOW_UP_DUE);
        assertThat(due.link()).isEqualTo("/leads/" + leadId);
        assertThat(due.params()).isEqualTo(Map.of("company", "日巡科技", "nextStep", "寄送园区资料",
                                                  "dueOn", today.plusDays(2).toString()));
        assertThat(due.recipients()).containsExactly("staff");

        String overdueReason = "follow-up-overdue:" + leadId + ":fu-1:" + today.plusDays(2);
        Notice overdue = find(followUps.decide(today.plusDays(5), now), overdueReason).orElseThrow();
        assertThat(overdue.kind()).isEqualTo(NotificationKind.FOLLOW_UP_OVERDUE);
        assertThat(overdue.params()).containsEntry("days", "3").containsEntry("dueOn", today.plusDays(2).toString());
        assertThat(overdue.recipients()).containsExactly("staff");
        assertThat(find(followUps.decide(today.plusDays(6), now), overdueReason))
                .as("the next day: the same notice, by its reason").isPresent();
        assertThat(followUps.decide(today.plusDays(6), now)).noneMatch(
                notice -> notice.reason().startsWith("follow-up-overdue:" + leadId + ":fu-1:")
                          && !notice.reason().equals(overdueReason));

        posting.post(overdue);
        followUps.decide(today.plusDays(6), now).forEach(posting::post);
        assertThat(posted.count(overdueReason)).isEqualTo(1);
    }

    @Test
    void aLeadSilentForThirtyDaysIsToldToItsOwnerOncePerSilence() {
        String reason = "no-contact:" + leadId + ":" + today.minusDays(40);
        Notice silent = awaitNotice(() -> silence.decide(today, now), reason);
        assertThat(silent.kind()).isEqualTo(NotificationKind.LEAD_WITHOUT_CONTACT);
        assertThat(silent.params()).isEqualTo(Map.of("company", "日巡科技", "days", "40"));
        assertThat(silent.recipients()).containsExactly("staff");
        assertThat(silent.market()).isEqualTo(SourceMarket.LONDON);
        assertThat(find(silence.decide(today.plusDays(1), now), reason)).isPresent()
                .hasValueSatisfying(later -> assertThat(later.params()).containsEntry("days", "41"));
    }

    @Test
    void aRedKeyProjectIsToldOncePerRedSpellToItsOwnerLeaderAndDepartment() {
        // the problem due 21 days ago has had its red card (15 days overdue by the default rules) for 6 days
        String reason = "red-light:" + today.getYear() + ":" + leadId + ":" + today.minusDays(6);
        Notice red = awaitNotice(() -> redLights.decide(today, now), reason);
        assertThat(red.kind()).isEqualTo(NotificationKind.RED_LIGHT);
        assertThat(red.link()).isEqualTo("/key-projects/" + today.getYear() + "/" + leadId);
        assertThat(red.params()).isEqualTo(Map.of("company", "日巡科技", "year", String.valueOf(today.getYear()),
                                                  "reasons", "问题红牌督办（逾期 21 天）"));
        assertThat(red.recipients()).containsExactlyInAnyOrder("staff", "leader", "dept-fgj")
                                    .as("the ambassador sees the lead, never the key project")
                                    .doesNotContain("ambassador");
        assertThat(red.department()).isEqualTo("fgj");
        assertThat(find(redLights.decide(today, now.plusSeconds(900)), reason)).as("the next sweep: the same notice")
                                                                               .isPresent();
    }

    @Test
    void aRedProblemIsToldToItsDepartmentTheOwnerAndTheLeader() {
        String reason = "red-problem:" + problemId + ":" + today.minusDays(21);
        Notice red = awaitNotice(() -> redProblems.decide(today, now), reason);
        assertThat(red.kind()).isEqualTo(NotificationKind.RED_PROBLEM);
        assertThat(red.link()).isEqualTo("/key-projects/" + today.getYear() + "/" + leadId);
        assertThat(red.params()).isEqualTo(Map.of("company", "日巡科技", "problem", "规划许可", "department", "区商务局",
                                                  "dueOn", today.minusDays(21).toString(), "days", "21"));
        assertThat(red.recipients()).containsExactlyInAnyOrder("dept-swj", "staff", "leader");
        assertThat(red.department()).isEqualTo("swj");
        assertThat(find(redProblems.decide(today, now.plusSeconds(900)), reason)).isPresent();
    }

    @Test
    void aSweepPostsTheNoticesOfTheDayEachOnce() {
        String redProblem = "red-problem:" + problemId + ":" + today.minusDays(21);
        String silent = "no-contact:" + leadId + ":" + today.minusDays(40);
        // the sweep decides silence once an hour: its first turn must find the lead's silence in the read models
        awaitNotice(() -> silence.decide(today, now), silent);
        awaitNotice(() -> redProblems.decide(today, now), redProblem);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            daySweep.sweep();
            return posted.find(redProblem).isPresent() && posted.find(silent).isPresent();
        });
        assertThat(daySweep.sweep()).as("the next sweep decides again, silence aside").isPositive();
        assertThat(posted.count(redProblem)).isEqualTo(1);
        assertThat(posted.count(silent)).isEqualTo(1);
    }

    private Notice awaitNotice(Supplier<List<Notice>> decide, String reason) {
        await().atMost(Duration.ofSeconds(30)).until(() -> find(decide.get(), reason).isPresent());
        return find(decide.get(), reason).orElseThrow();
    }

    private static Optional<Notice> find(List<Notice> notices, String reason) {
        return notices.stream().filter(notice -> notice.reason().equals(reason)).findFirst();
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(
                Caller.user("staff", Set.of(Role.STAFF), null).toMetaData()));
    }
}
