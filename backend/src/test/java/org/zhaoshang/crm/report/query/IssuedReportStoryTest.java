package org.zhaoshang.crm.report.query;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.FindCircularQuery;
import org.zhaoshang.crm.report.api.FindDispatchQuery;
import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.report.api.IssuedReportContent;
import org.zhaoshang.crm.report.api.ReportIssuedEvent;
import org.zhaoshang.crm.report.api.ReportPeriod;
import org.zhaoshang.crm.report.issued.IssuedContents;
import org.zhaoshang.crm.report.schedule.ReportSchedule;
import org.zhaoshang.crm.report.schedule.ReportScheduleSettings;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issuing on schedule against the reports' own story (2026-W45, October 2026): at a fixed moment of 10 November 2026,
 * 09:00 the schedule issues exactly the due dispatch and circular, each once however often it checks; what was kept
 * is downloaded unchanged after later and late-recorded facts; a leader's copy is cut exactly as the reports' queries
 * cut the live report for them.
 */
@SpringBootTest(properties = {"zhaoshang.data-dir=target/test-data/issued-${random.uuid}",
                              "zhaoshang.demo-data=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuedReportStoryTest {

    private static final Clock AT_THE_SCHEDULE = Clock.fixed(LocalDateTime.parse("2026-11-10T09:00")
                                                                          .atZone(BureauTime.ZONE).toInstant(),
                                                             BureauTime.ZONE);
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W45");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final String DISPATCH_ID = ReportPeriod.of(WEEK).reportId();
    private static final String CIRCULAR_ID = ReportPeriod.of(OCTOBER).reportId();
    private static final Caller ZHAO = Caller.user(ReportStory.ZHAO, Set.of(Role.LEADER), null);
    private static final Caller QIAN = Caller.user(ReportStory.QIAN, Set.of(Role.LEADER), null);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private ReportQueries reports;
    @Autowired
    private IssuedContents contents;
    private IssuedReportContent dispatchIssued;
    private IssuedReportContent circularIssued;

    @BeforeAll
    void issuedOnScheduleThenLaterFacts() {
        ReportStory story = new ReportStory(eventStore);
        story.base();
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Dispatch dispatch = dispatch(Caller.SYSTEM);
            assertThat(dispatch.rows()).hasSize(2);
            assertThat(dispatch.stopped()).hasSize(1);
            Circular circular = circular(Caller.SYSTEM);
            assertThat(circular.targets().signedInYear()).isEqualTo(4);
            assertThat(circular.targets().verifiedCapitalWan()).isEqualByComparingTo("1000");
            assertThat(circular.redProjects()).extracting(KeyProjectRow::leadId).containsExactly(ReportStory.B);
            assertThat(circular.funnel()).hasSize(3);
        });
        ReportSchedule schedule = new ReportSchedule(commands, AT_THE_SCHEDULE,
                                                     new ReportScheduleSettings(DayOfWeek.MONDAY, 8, 3, 9));

        List<ReportPeriod> tried = schedule.issueDue();
        schedule.issueDue();

        assertThat(tried).extracting(ReportPeriod::reportId).containsExactly(DISPATCH_ID, CIRCULAR_ID);
        dispatchIssued = contents.forReader(DISPATCH_ID, Caller.SYSTEM).orElseThrow();
        circularIssued = contents.forReader(CIRCULAR_ID, Caller.SYSTEM).orElseThrow();
        story.later();
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(reports.handle(new FindDispatchQuery(WEEK, true), metaData(Caller.SYSTEM)).late())
                    .isNotEmpty();
            assertThat(reports.handle(new FindCircularQuery(OCTOBER, true), metaData(Caller.SYSTEM)).late())
                    .isNotEmpty();
        });
    }

    @Test
    void theScheduleIssuedEachDueReportOnceAsTheApplication() {
        for (String reportId : List.of(DISPATCH_ID, CIRCULAR_ID)) {
            List<? extends DomainEventMessage<?>> events = eventStore.readEvents(reportId).asStream().toList();
            assertThat(events).hasSize(1);
            assertThat(((ReportIssuedEvent) events.get(0).getPayload()).madeBy()).isEqualTo("system");
        }
    }

    @Test
    void whatWasKeptIsWhatTheReportSaidAtItsPeriodsEnd() {
        assertThat(dispatchIssued.dispatch()).isEqualTo(dispatch(Caller.SYSTEM));
        assertThat(circularIssued.circular()).isEqualTo(circular(Caller.SYSTEM));
        assertThat(dispatchIssued.dispatch().late()).isEmpty();
    }

    @Test
    void anIssuedReportDownloadedAfterLaterFactsSaysExactlyWhatWasKept() {
        assertThat(contents.forReader(DISPATCH_ID, Caller.SYSTEM).orElseThrow()).isEqualTo(dispatchIssued);
        assertThat(contents.forReader(CIRCULAR_ID, Caller.SYSTEM).orElseThrow()).isEqualTo(circularIssued);
    }

    @Test
    void aLeadersCopyIsCutAsTheReportsQueriesCutTheirs() {
        for (Caller leader : List.of(ZHAO, QIAN)) {
            Dispatch cut = contents.forReader(DISPATCH_ID, leader).orElseThrow().dispatch();
            assertThat(cut).isEqualTo(dispatch(leader));
            Circular circular = contents.forReader(CIRCULAR_ID, leader).orElseThrow().circular();
            assertThat(circular).isEqualTo(circular(leader));
        }
        Dispatch zhao = contents.forReader(DISPATCH_ID, ZHAO).orElseThrow().dispatch();
        assertThat(zhao.rows()).extracting(Dispatch.Row::leadId).containsExactly(ReportStory.A);
        assertThat(zhao.stopped()).extracting(Dispatch.Stopped::leadId).containsExactly(ReportStory.C);
        Circular qian = contents.forReader(CIRCULAR_ID, QIAN).orElseThrow().circular();
        assertThat(qian.redProjects()).extracting(KeyProjectRow::leadId).containsExactly(ReportStory.B);
        assertThat(qian.redProblems()).extracting(ProblemRow::problemId).containsExactly("pr-3");
    }

    private Dispatch dispatch(Caller caller) {
        return reports.handle(new FindDispatchQuery(WEEK, false), metaData(caller));
    }

    private Circular circular(Caller caller) {
        return reports.handle(new FindCircularQuery(OCTOBER, false), metaData(caller));
    }

    private static MetaData metaData(Caller caller) {
        return MetaData.from(caller.toMetaData());
    }
}
