package org.zhaoshang.crm.report.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.report.api.IssueReportCommand;
import org.zhaoshang.crm.report.api.ReportIssuedEvent;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.report.api.ReportPeriod;
import org.zhaoshang.crm.report.issued.ReportKeeping;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report is issued once: its content kept first, then ReportIssuedEvent; a second command for it (another node, a
 * retry) changes nothing and keeps nothing; only managers and the application issue, and only finished periods.
 */
class IssuedReportTest {

    private static final Instant NOW = LocalDateTime.parse("2026-12-07T09:00").atZone(BureauTime.ZONE).toInstant();
    private static final Clock CLOCK = Clock.fixed(NOW, BureauTime.ZONE);
    private static final Map<String, ?> MANAGER = Caller.user("manager", Set.of(Role.MANAGER), null).toMetaData();
    private static final Map<String, ?> STAFF = Caller.user("staff", Set.of(Role.STAFF), null).toMetaData();
    private static final String ID = "report:dispatch:2026-W49";

    private AggregateTestFixture<IssuedReport> fixture;
    private final List<String> kept = new ArrayList<>();

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(IssuedReport.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource((ReportKeeping) (ReportPeriod period, Instant madeAt, String madeBy) ->
                kept.add(period.reportId() + " by " + madeBy));
    }

    @Test
    void theFirstCommandKeepsTheContentAndIssuesTheReport() {
        fixture.givenNoPriorActivity()
               .when(new IssueReportCommand(ReportKind.DISPATCH, "2026-W49"), MANAGER)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ReportIssuedEvent(ID, ReportKind.DISPATCH, "2026-W49", NOW, "manager"));
        assertThat(kept).containsExactly(ID + " by manager");
    }

    @Test
    void theApplicationIssuesAsItself() {
        fixture.givenNoPriorActivity()
               .when(new IssueReportCommand(ReportKind.CIRCULAR, "2026-11"))
               .expectEvents(new ReportIssuedEvent("report:circular:2026-11", ReportKind.CIRCULAR, "2026-11", NOW,
                                                   "system"));
    }

    @Test
    void aSecondCommandForTheSameReportIsAQuietNoOp() {
        fixture.given(new ReportIssuedEvent(ID, ReportKind.DISPATCH, "2026-W49", NOW.minusSeconds(60), "system"))
               .when(new IssueReportCommand(ReportKind.DISPATCH, "2026-W49"), MANAGER)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
        assertThat(kept).isEmpty();
    }

    @Test
    void staffMayNotIssue() {
        fixture.givenNoPriorActivity()
               .when(new IssueReportCommand(ReportKind.DISPATCH, "2026-W49"), STAFF)
               .expectException(NotPermittedException.class)
               .expectNoEvents();
        assertThat(kept).isEmpty();
    }

    @Test
    void aPeriodStillRunningHasNoReportYet() {
        fixture.givenNoPriorActivity()
               .when(new IssueReportCommand(ReportKind.DISPATCH, "2026-W50"), MANAGER)
               .expectException(InvalidInputException.class)
               .expectNoEvents();
        fixture();
        fixture.givenNoPriorActivity()
               .when(new IssueReportCommand(ReportKind.CIRCULAR, "2026-12"), MANAGER)
               .expectException(InvalidInputException.class);
        assertThat(kept).isEmpty();
    }

    @Test
    void aPeriodWrittenWronglyIsRefusedBeforeAnyHandler() {
        assertThatThrownBy(() -> new IssueReportCommand(ReportKind.DISPATCH, "2026-11"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(violation -> violation.field()).containsExactly("period"));
        assertThatThrownBy(() -> new IssueReportCommand(ReportKind.CIRCULAR, "2026-W49"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new IssueReportCommand(null, "2026-11")).isInstanceOf(InvalidInputException.class);
    }
}
