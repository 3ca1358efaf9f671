package org.zhaoshang.crm.report.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.messaging.ApplicationQueries;
import org.zhaoshang.crm.performance.api.FindPerformanceQuery;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.FindCircularQuery;
import org.zhaoshang.crm.report.api.FindDispatchQuery;
import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.report.api.LateFact;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.ProgressSignal;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.report.query.ReportStory.A;
import static org.zhaoshang.crm.report.query.ReportStory.B;
import static org.zhaoshang.crm.report.query.ReportStory.C;
import static org.zhaoshang.crm.report.query.ReportStory.QIAN;
import static org.zhaoshang.crm.report.query.ReportStory.ZHAO;
import static org.zhaoshang.crm.report.query.ReportStory.day;

/**
 * The dispatch of 2026-W45 and the circular of October 2026 on the small store of {@link ReportStory}, with the
 * reports' clock fixed at 20 November 2026: their content, the same content regenerated after later facts and after
 * facts of the periods recorded late (with those listed when asked for), a leader's share, an ambassador refused.
 */
@SpringBootTest(properties = {"zhaoshang.data-dir=target/test-data/reports-${random.uuid}",
                              "zhaoshang.demo-data=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportContentTest {

    private static final Clock CLOCK = Clock.fixed(day("2026-11-20").atTime(10, 0).atZone(BureauTime.ZONE)
                                                                      .toInstant(), BureauTime.ZONE);
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W45");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final MetaData STAFF = as("staff-li.na", Role.STAFF);
    private static final Duration PROJECTED = Duration.ofSeconds(60);

    @Autowired
    private EventStore eventStore;
    @Autowired
    private ReportSources sources;
    @Autowired
    private ReportNames names;
    @Autowired
    private LateFacts lateFacts;
    @Autowired
    private CircularRankings rankings;
    @Autowired
    private ApplicationQueries applicationQueries;
    private ReportQueries reports;
    private Dispatch dispatchThen;
    private Circular circularThen;

    @BeforeAll
    void storyAsKnownAtTheEndOfThePeriodsThenLater() {
        reports = new ReportQueries(new DispatchAssembly(sources, names, lateFacts, CLOCK),
                                    new CircularAssembly(sources, rankings, lateFacts, CLOCK));
        ReportStory story = new ReportStory(eventStore);
        story.base();
        await().ignoreExceptions().atMost(PROJECTED).untilAsserted(() -> {
            assertDispatchContent(dispatch(STAFF, false));
            assertCircularContent(circular(STAFF, false));
        });
        dispatchThen = dispatch(STAFF, false);
        circularThen = circular(STAFF, false);
        story.later();
        await().ignoreExceptions().atMost(PROJECTED).untilAsserted(() -> {
            assertThat(dispatch(STAFF, true).late()).isNotEmpty();
            assertThat(circular(STAFF, true).late()).isNotEmpty();
            assertThat(applicationQueries.ask(new FindPerformanceQuery(2026, ConversionDimension.ALL,
                                                                       day("2026-10-31"), Knowledge.AS_KNOWN_NOW),
                                              PerformanceReport.class).rows().get(0).projects()).isEqualTo(5);
            assertThat(sources.dossier(2026, A, day("2026-11-13"), Knowledge.AS_KNOWN_NOW).orElseThrow()
                              .instructions()).hasSize(2);
        });
    }

    @Test
    void theDispatchListsTheWeeksKeyProjectsMostUrgentFirstWithTheirProgressProblemsNextStepsAndMarks() {
        assertDispatchContent(dispatchThen);
    }

    @Test
    void theCircularHasTheMonthsFiguresRedListsAndRankingsWithTies() {
        assertCircularContent(circularThen);
    }

    @Test
    void pastReportsRegeneratedAfterLaterAndLateRecordedFactsSayExactlyTheSame() {
        assertThat(dispatch(STAFF, false)).isEqualTo(dispatchThen);
        assertThat(circular(STAFF, false)).isEqualTo(circularThen);
    }

    @Test
    void withLateTheFactsOfThePeriodRecordedAfterItAreListedAndTheRestIsTheSame() {
        Dispatch dispatch = dispatch(STAFF, true);
        assertThat(dispatch.late()).containsExactly(new LateFact(day("2026-11-05"), day("2026-11-12"), B, "首尔医疗",
                                                                 ProgressSignal.ACTIVITY, "MEETING"));
        assertThat(new Dispatch(dispatch.week(), dispatch.from(), dispatch.to(), dispatch.rows(), dispatch.stopped(),
                                List.of())).isEqualTo(dispatchThen);
        Circular circular = circular(STAFF, true);
        assertThat(circular.late()).containsExactly(new LateFact(day("2026-10-28"), day("2026-11-09"), B, "首尔医疗",
                                                                 ProgressSignal.ACTIVITY, "MEETING"));
        assertThat(new Circular(circular.month(), circular.from(), circular.to(), circular.targets(),
                                circular.rates(), circular.funnel(), circular.redProjects(), circular.redProblems(),
                                circular.byOwner(), circular.byAmbassador(), circular.byDepartment(), List.of()))
                .isEqualTo(circularThen);
    }

    @Test
    void aLeaderGetsTheRowsAndRedListsOfTheirOwnProjectsAndTheFiguresWhole() {
        Dispatch zhao = dispatch(as(ZHAO, Role.LEADER), true);
        assertThat(zhao.rows()).extracting(Dispatch.Row::leadId).containsExactly(A);
        assertThat(zhao.stopped()).extracting(Dispatch.Stopped::leadId).containsExactly(C);
        assertThat(zhao.late()).isEmpty();
        Dispatch qian = dispatch(as(QIAN, Role.LEADER), true);
        assertThat(qian.rows()).extracting(Dispatch.Row::leadId).containsExactly(B);
        assertThat(qian.stopped()).isEmpty();
        assertThat(qian.late()).extracting(LateFact::leadId).containsExactly(B);

        Circular ofQian = circular(as(QIAN, Role.LEADER), false);
        assertThat(ofQian.redProjects()).extracting(KeyProjectRow::leadId).containsExactly(B);
        assertThat(ofQian.redProblems()).extracting(ProblemRow::problemId).containsExactly("pr-3");
        Circular ofZhao = circular(as(ZHAO, Role.LEADER), true);
        assertThat(ofZhao.redProjects()).isEmpty();
        assertThat(ofZhao.redProblems()).isEmpty();
        assertThat(ofZhao.late()).isEmpty();
        for (Circular leaders : List.of(ofQian, ofZhao)) {
            assertThat(leaders.targets()).isEqualTo(circularThen.targets());
            assertThat(leaders.rates()).isEqualTo(circularThen.rates());
            assertThat(leaders.funnel()).isEqualTo(circularThen.funnel());
            assertThat(List.of(leaders.byOwner(), leaders.byAmbassador(), leaders.byDepartment()))
                    .isEqualTo(List.of(circularThen.byOwner(), circularThen.byAmbassador(),
                                       circularThen.byDepartment()));
        }
    }

    @Test
    void ambassadorsAndAdministratorsAreRefusedBothReports() {
        for (MetaData refused : List.of(MetaData.from(Caller.user("ambassador", Set.of(Role.AMBASSADOR), "amb-1")
                                                            .toMetaData()), as("admin", Role.ADMIN))) {
            assertThatThrownBy(() -> reports.handle(new FindDispatchQuery(WEEK, false), refused))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> reports.handle(new FindCircularQuery(OCTOBER, true), refused))
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    private static void assertDispatchContent(Dispatch dispatch) {
        assertThat(dispatch.from()).isEqualTo(day("2026-11-02"));
        assertThat(dispatch.to()).isEqualTo(day("2026-11-08"));
        assertThat(dispatch.rows()).extracting(Dispatch.Row::leadId).containsExactly(A, B);
        Dispatch.Row a = dispatch.rows().get(0);
        assertThat(a.company()).isEqualTo("伦敦资本");
        assertThat(a.owner()).isEqualTo("staff-li.na");
        assertThat(a.leader()).isEqualTo(ZHAO);
        assertThat(a.departmentName()).isEqualTo("区发改局");
        assertThat(a.stage()).isEqualTo(Stage.SITE_VISIT);
        assertThat(a.stageLastWeek()).isEqualTo(Stage.CONTACTED);
        assertThat(a.light()).isEqualTo(Light.YELLOW);
        assertThat(a.lightLastWeek()).isEqualTo(Light.GREEN);
        assertThat(a.weekProgress()).containsExactly(
                new Dispatch.WeekFact(day("2026-11-03"), ProgressSignal.ACTIVITY, "MEETING"),
                new Dispatch.WeekFact(day("2026-11-06"), ProgressSignal.STAGE_MOVE, "CONTACTED → SITE_VISIT"));
        assertThat(a.openProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.problemId()).isEqualTo("pr-1");
            assertThat(problem.departmentName()).isEqualTo("区自然资源局");
            assertThat(problem.escalation()).isEqualTo(Escalation.YELLOW);
            assertThat(problem.daysOverdue()).isEqualTo(2);
        });
        assertThat(a.nextSteps()).containsExactly(
                new Dispatch.NextStep(day("2026-11-06"), "规划许可迟迟未批", "dept-zrzyj", "区自然资源局"),
                new Dispatch.NextStep(day("2026-11-10"), "约谈规划局", "staff-li.na", "staff-li.na"));
        assertThat(a.promise()).isNotNull();
        assertThat(a.changes()).containsExactlyInAnyOrder(Dispatch.Change.LIGHT_WORSE,
                                                          Dispatch.Change.STAGE_ADVANCED,
                                                          Dispatch.Change.PROBLEM_RAISED,
                                                          Dispatch.Change.INSTRUCTION);
        Dispatch.Row b = dispatch.rows().get(1);
        assertThat(b.light()).isEqualTo(Light.GREEN);
        assertThat(b.lightLastWeek()).isEqualTo(Light.RED);
        assertThat(b.departmentName()).isEqualTo("dept-swj");
        assertThat(b.weekProgress()).containsExactly(new Dispatch.WeekFact(day("2026-11-03"),
                                                                           ProgressSignal.PROBLEM_RESOLVED,
                                                                           "签证办理慢"));
        assertThat(b.openProblems()).isEmpty();
        assertThat(b.nextSteps()).isEmpty();
        assertThat(b.changes()).containsExactlyInAnyOrder(Dispatch.Change.LIGHT_BETTER,
                                                          Dispatch.Change.PROBLEM_SOLVED);
        assertThat(dispatch.stopped()).containsExactly(new Dispatch.Stopped(2026, C, "东京文化", day("2026-11-04"),
                                                                            "并入伦敦资本项目"));
        assertThat(dispatch.late()).isEmpty();
    }

    private static void assertCircularContent(Circular circular) {
        assertThat(circular.from()).isEqualTo(day("2026-10-01"));
        assertThat(circular.to()).isEqualTo(day("2026-10-31"));
        Circular.Targets targets = circular.targets();
        assertThat(targets.targets()).isEqualTo(ReportStory.targetsOf(10));
        assertThat(targets.signedInMonth()).isEqualTo(2);
        assertThat(targets.signedInYear()).isEqualTo(4);
        assertThat(targets.reportedInvestmentWanMonth()).isEqualByComparingTo("10000");
        assertThat(targets.reportedInvestmentWan()).isEqualByComparingTo("16000");
        assertThat(targets.verifiedCapitalWan()).isEqualByComparingTo("1000");
        assertThat(circular.rates().value()).isEqualTo("*");
        assertThat(circular.rates().projects()).isEqualTo(4);
        assertThat(circular.funnel()).extracting(ConversionReport.Row::value)
                                     .containsExactlyInAnyOrder("LONDON", "JAPAN", "JAPAN_KOREA");
        assertThat(circular.funnel()).allSatisfy(row -> assertThat(row.stages().get(Stage.CONTACTED.ordinal())
                                                                           .entered()).isEqualTo(1));
        assertThat(circular.redProjects()).extracting(KeyProjectRow::leadId).containsExactly(B);
        assertThat(circular.redProblems()).extracting(ProblemRow::problemId).containsExactly("pr-3");
        assertThat(circular.byOwner()).containsExactly(
                new Circular.Rank(1, "staff-li.na", "staff-li.na", 2, 2, new BigDecimal("10000"), new BigDecimal(
                        "1.0000")),
                new Circular.Rank(2, "staff-liu.yang", "staff-liu.yang", 1, 1, new BigDecimal("3000"),
                                  new BigDecimal("1.0000")),
                new Circular.Rank(2, "staff-wang.fang", "staff-wang.fang", 1, 1, new BigDecimal("3000"),
                                  new BigDecimal("1.0000")));
        assertThat(circular.byAmbassador()).extracting(Circular.Rank::place, Circular.Rank::key, Circular.Rank::count)
                                           .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "amb-1", 2L),
                                                            org.assertj.core.groups.Tuple.tuple(2, "amb-2", 1L));
        assertThat(circular.byDepartment()).containsExactly(
                new Circular.Rank(1, "dept-fgj", "区发改局", 1, 1, null, new BigDecimal("1.0000")),
                new Circular.Rank(2, "dept-zrzyj", "区自然资源局", 1, 2, null, new BigDecimal("0.5000")),
                new Circular.Rank(3, "dept-swj", "dept-swj", 0, 1, null, new BigDecimal("0.0000")));
        assertThat(circular.late()).isEmpty();
    }

    private Dispatch dispatch(MetaData caller, boolean withLate) {
        return reports.handle(new FindDispatchQuery(WEEK, withLate), caller);
    }

    private Circular circular(MetaData caller, boolean withLate) {
        return reports.handle(new FindCircularQuery(OCTOBER, withLate), caller);
    }

    private static MetaData as(String user, Role... roles) {
        return MetaData.from(Caller.user(user, Set.of(roles), null).toMetaData());
    }
}
