package org.zhaoshang.crm.performance.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.performance.api.Figure;
import org.zhaoshang.crm.performance.api.FigurePart;
import org.zhaoshang.crm.performance.api.FindPerformanceProjectsQuery;
import org.zhaoshang.crm.performance.api.FindPerformanceQuery;
import org.zhaoshang.crm.performance.api.FindStuckProjectsQuery;
import org.zhaoshang.crm.performance.api.PerformanceProjects;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.performance.api.PromisedVsActual;
import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.performance.api.StuckList;
import org.zhaoshang.crm.performance.api.StuckProjects;
import org.zhaoshang.crm.performance.query.PerformanceFixture.Numbered;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;
import org.zhaoshang.crm.project.api.ProgressVerifiedEvent;
import org.zhaoshang.crm.project.api.ProjectEvent;
import org.zhaoshang.crm.project.api.ProjectReinstatedEvent;
import org.zhaoshang.crm.project.api.ProjectWithdrawnEvent;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressKind;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhaoshang.crm.performance.query.PerformanceFixture.day;

/**
 * The rates, stuck lists and promised against actual of {@link PerformanceFixture}'s projects on a fixed today
 * (2026-06-30), as known now and as known then, each figure with its numerator and denominator.
 */
class PerformanceRatesTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final LocalDate TODAY = day("2026-06-30");
    private static final LocalDate BEFORE_LATE_VERIFICATION = day("2026-02-01");
    private static final MetaData MANAGER = MetaData.from(Caller.user("manager", Set.of(Role.MANAGER), null)
                                                                .toMetaData());
    private static PerformanceQueries queries;

    @BeforeAll
    static void project() {
        queries = queries("performance-rates", PerformanceFixture.events());
    }

    /** The queries over a projection of these events, on the fixed today. */
    private static PerformanceQueries queries(String database, List<Numbered> events) {
        PerformanceProjection projection = new PerformanceProjection(STORE.database(database),
                                                                     PerformanceFixture.PROJECT_LEADS,
                                                                     new ObjectMapper().findAndRegisterModules());
        events.forEach(numbered -> projection.on(numbered.event(), numbered.sequence()));
        Clock clock = Clock.fixed(TODAY.atStartOfDay(BureauTime.ZONE).plusHours(10).toInstant(), BureauTime.ZONE);
        return new PerformanceQueries(projection, clock);
    }

    /** The fixture's events and then these, each numbered after its project's last. */
    private static List<Numbered> fixtureAnd(ProjectEvent... more) {
        List<Numbered> events = new ArrayList<>(PerformanceFixture.events());
        for (ProjectEvent event : more) {
            long next = events.stream().filter(numbered -> numbered.event().projectId().equals(event.projectId()))
                              .count();
            events.add(new Numbered(event, next));
        }
        return events;
    }

    private static ProjectWithdrawnEvent withdrawn(String projectId, String leadId, String on) {
        return new ProjectWithdrawnEvent(projectId, leadId, "wang.fang", day(on), "stage CONTACTED: deal fell through");
    }

    private static ProjectReinstatedEvent reinstated(String projectId, String leadId, String on) {
        return new ProjectReinstatedEvent(projectId, leadId, "wang.fang", day(on));
    }

    private static Map<Rate, Figure> figures(PerformanceReport.Row row) {
        return row.figures().stream().collect(Collectors.toMap(Figure::rate, figure -> figure));
    }

    private static PerformanceReport.Row all(Integer year, LocalDate asOf, Knowledge knowledge) {
        return all(queries, year, asOf, knowledge);
    }

    private static PerformanceReport.Row all(PerformanceQueries queries, Integer year, LocalDate asOf,
                                             Knowledge knowledge) {
        PerformanceReport report = queries.handle(new FindPerformanceQuery(year, ConversionDimension.ALL, asOf,
                                                                           knowledge), MANAGER);
        assertThat(report.rows()).extracting(PerformanceReport.Row::value).containsExactly("*");
        return report.rows().get(0);
    }

    private static void assertFigure(Figure figure, String numerator, String denominator, String value) {
        assertThat(figure.numerator()).as(figure.rate() + " numerator").isEqualByComparingTo(numerator);
        assertThat(figure.denominator()).as(figure.rate() + " denominator").isEqualByComparingTo(denominator);
        if (value == null) {
            assertThat(figure.value()).as(figure.rate() + " rate").isNull();
        } else {
            assertThat(figure.value()).as(figure.rate() + " rate").isEqualByComparingTo(value);
        }
    }

    @Test
    void eachRateOfTheCohortTodayAsKnownNow() {
        PerformanceReport.Row row = all(2025, null, Knowledge.AS_KNOWN_NOW);
        assertThat(row.projects()).isEqualTo(3);
        Map<Rate, Figure> figures = figures(row);
        // P3's registration is promised anew for 2026-09-01: only P1 and P2 are due, both registered
        assertFigure(figures.get(Rate.REGISTRATION), "2", "2", "1");
        assertFigure(figures.get(Rate.CAPITAL_ARRIVAL_AMOUNT), "21800", "22000", "0.9909");
        assertFigure(figures.get(Rate.CAPITAL_ARRIVAL_COUNT), "1", "2", "0.5");
        assertFigure(figures.get(Rate.CONSTRUCTION_START), "1", "1", "1");
        assertFigure(figures.get(Rate.OPERATING), "0", "0", null);
        assertFigure(figures.get(Rate.FULL_PRODUCTION), "0", "0", null);
        // P1 has not moved in and lacks 200 万元; P2 met everything, its registration late
        assertFigure(figures.get(Rate.PERFORMANCE), "1", "2", "0.5");
        assertFigure(figures.get(Rate.PERFORMANCE_ON_TIME), "0", "2", "0");
        assertThat(figures.get(Rate.CAPITAL_ARRIVAL_AMOUNT).numeratorProjects()).isEqualTo(2);
    }

    @Test
    void aVerificationRecordedLateCountsAsKnownNowButNotAsKnownThen() {
        Map<Rate, Figure> now = figures(all(2025, BEFORE_LATE_VERIFICATION, Knowledge.AS_KNOWN_NOW));
        assertFigure(now.get(Rate.CONSTRUCTION_START), "1", "1", "1");
        assertFigure(now.get(Rate.REGISTRATION), "2", "2", "1");
        assertFigure(now.get(Rate.PERFORMANCE), "1", "2", "0.5");

        Map<Rate, Figure> then = figures(all(2025, BEFORE_LATE_VERIFICATION, Knowledge.AS_KNOWN_THEN));
        // P2's start (2025-12-20) was verified only on 2026-03-10
        assertFigure(then.get(Rate.CONSTRUCTION_START), "0", "1", "0");
        // then, P3's registration was still promised for 2025-10-01, and its report had been returned
        assertFigure(then.get(Rate.REGISTRATION), "2", "3", "0.6667");
        assertFigure(then.get(Rate.PERFORMANCE), "0", "3", "0");
        assertFigure(then.get(Rate.CAPITAL_ARRIVAL_AMOUNT), "21800", "22000", "0.9909");
    }

    @Test
    void aCohortIsTheYearOfSigningAndNothingSignedAfterTheDayCounts() {
        Map<Rate, Figure> cohort2026 = figures(all(2026, null, Knowledge.AS_KNOWN_NOW));
        assertFigure(cohort2026.get(Rate.REGISTRATION), "1", "1", "1");
        assertThat(all(2026, BEFORE_LATE_VERIFICATION, Knowledge.AS_KNOWN_NOW).projects()).isZero();
        assertThat(all(null, null, Knowledge.AS_KNOWN_NOW).projects()).isEqualTo(4);
    }

    @Test
    void marketSlicesWithJapanAndKoreaTogether() {
        PerformanceReport report = queries.handle(new FindPerformanceQuery(2025, ConversionDimension.MARKET, null,
                                                                           null), MANAGER);
        assertThat(report.rows()).extracting(PerformanceReport.Row::value)
                                 .containsExactly("JAPAN", "JAPAN_KOREA", "KOREA", "LONDON");
        Map<Rate, Figure> japanKorea = figures(report.rows().get(1));
        assertFigure(japanKorea.get(Rate.CAPITAL_ARRIVAL_COUNT), "1", "2", "0.5");
        assertFigure(figures(report.rows().get(0)).get(Rate.CAPITAL_ARRIVAL_COUNT), "0", "1", "0");
    }

    @Test
    void theProjectsBehindAFigure() {
        PerformanceProjects denominator = queries.handle(new FindPerformanceProjectsQuery(
                2025, ConversionDimension.MARKET, "JAPAN_KOREA", Rate.CAPITAL_ARRIVAL_COUNT, FigurePart.DENOMINATOR,
                null, null), MANAGER);
        assertThat(denominator.projects()).extracting(PerformanceProjects.ProjectRow::projectId)
                                          .containsExactly("p-1", "p-2");
        assertThat(denominator.projects().get(0).companyName()).isEqualTo("一号办公");
        assertThat(denominator.projects().get(0).capitalDueWan()).isEqualByComparingTo("2000");
        assertThat(denominator.projects().get(0).capitalVerifiedWan()).isEqualByComparingTo("1800");
        PerformanceProjects numerator = queries.handle(new FindPerformanceProjectsQuery(
                2025, ConversionDimension.MARKET, "JAPAN_KOREA", Rate.CAPITAL_ARRIVAL_COUNT, FigurePart.NUMERATOR,
                null, null), MANAGER);
        assertThat(numerator.projects()).extracting(PerformanceProjects.ProjectRow::projectId).containsExactly("p-2");
        PerformanceProjects then = queries.handle(new FindPerformanceProjectsQuery(
                2025, null, null, Rate.REGISTRATION, FigurePart.DENOMINATOR, BEFORE_LATE_VERIFICATION,
                Knowledge.AS_KNOWN_THEN), MANAGER);
        assertThat(then.projects()).extracting(PerformanceProjects.ProjectRow::projectId)
                                   .containsExactly("p-1", "p-2", "p-3");
    }

    @Test
    void eachProjectBehindAFigureSaysItsPromisedAndActualDayAndDaysLate() {
        PerformanceProjects registration = queries.handle(new FindPerformanceProjectsQuery(
                2025, null, null, Rate.REGISTRATION, FigurePart.DENOMINATOR, BEFORE_LATE_VERIFICATION,
                Knowledge.AS_KNOWN_THEN), MANAGER);
        // P1 registered ahead of its day, P2 a month late, P3's returned report left it overdue on 2026-02-01
        assertThat(registration.projects()).extracting(PerformanceProjects.ProjectRow::projectId,
                                                       PerformanceProjects.ProjectRow::milestone,
                                                       PerformanceProjects.ProjectRow::promisedOn,
                                                       PerformanceProjects.ProjectRow::actualOn,
                                                       PerformanceProjects.ProjectRow::daysLate)
                                           .containsExactly(
                                                   tuple("p-1", Milestone.REGISTERED, day("2025-03-01"),
                                                         day("2025-02-20"), 0L),
                                                   tuple("p-2", Milestone.REGISTERED, day("2025-06-01"),
                                                         day("2025-07-01"), 30L),
                                                   tuple("p-3", Milestone.REGISTERED, day("2025-10-01"), null,
                                                         123L));

        PerformanceProjects capital = queries.handle(new FindPerformanceProjectsQuery(
                2025, null, null, Rate.CAPITAL_ARRIVAL_COUNT, FigurePart.DENOMINATOR, null, null), MANAGER);
        // P1's last tranche due (2025-10-01) is still 200 万元 short today; P2's arrived ahead of its day
        assertThat(capital.projects()).extracting(PerformanceProjects.ProjectRow::projectId,
                                                  PerformanceProjects.ProjectRow::milestone,
                                                  PerformanceProjects.ProjectRow::promisedOn,
                                                  PerformanceProjects.ProjectRow::actualOn,
                                                  PerformanceProjects.ProjectRow::daysLate)
                                      .containsExactly(tuple("p-1", null, day("2025-10-01"), null, 272L),
                                                       tuple("p-2", null, day("2025-12-01"), day("2025-11-20"), 0L));

        PerformanceProjects performance = queries.handle(new FindPerformanceProjectsQuery(
                2025, null, null, Rate.PERFORMANCE, FigurePart.DENOMINATOR, null, null), MANAGER);
        // the commitment due last: P1's capital of 2025-10-01 (after moving in, 2025-06-01), P2's construction start
        // (reached 2025-12-20, ahead of 2026-01-01)
        assertThat(performance.projects()).extracting(PerformanceProjects.ProjectRow::projectId,
                                                      PerformanceProjects.ProjectRow::milestone,
                                                      PerformanceProjects.ProjectRow::promisedOn,
                                                      PerformanceProjects.ProjectRow::actualOn,
                                                      PerformanceProjects.ProjectRow::daysLate)
                                          .containsExactly(tuple("p-1", null, day("2025-10-01"), null, 272L),
                                                           tuple("p-2", Milestone.CONSTRUCTION_STARTED,
                                                                 day("2026-01-01"), day("2025-12-20"), 0L));
    }

    @Test
    void promisedAgainstActual() {
        PromisedVsActual promised = all(2025, null, Knowledge.AS_KNOWN_NOW).promisedVsActual();
        assertThat(promised.capitalCommittedWan()).isEqualByComparingTo("22500");
        assertThat(promised.capitalDueWan()).isEqualByComparingTo("22000");
        assertThat(promised.capitalArrivedWan()).as("P1's 300 万元 waits for verification")
                                                .isEqualByComparingTo("22100");
        assertThat(promised.capitalVerifiedWan()).isEqualByComparingTo("21800");
        assertThat(promised.landMu()).isEqualByComparingTo("10");
        assertThat(promised.promisedInvestmentPerMuWan()).isEqualByComparingTo("6000");
        assertThat(promised.builtInvestmentPerMuWan()).isEqualByComparingTo("2000");
        assertThat(promised.promisedTaxPerMuWan()).isEqualByComparingTo("100");
        assertThat(promised.taxYear()).isEqualTo(2025);
        assertThat(promised.builtTaxPerMuWan()).isEqualByComparingTo("50");
        assertThat(promised.barPerMuWan()).isEqualByComparingTo("5500");
        assertThat(promised.landProjectsBelowBar()).isEqualTo(1);
        assertThat(promised.landProjectsPromisedBelowBar()).isZero();
    }

    @Test
    void stuckProjectsWithTheirDaysOverdueLeaderAndOwner() {
        StuckProjects today = queries.handle(new FindStuckProjectsQuery(null, null, null), MANAGER);
        assertThat(today.asOf()).isEqualTo(TODAY);
        assertThat(today.lists()).extracting(StuckProjects.Group::list).containsExactly(StuckList.values());
        assertThat(entries(today, StuckList.REGISTERED_WITHOUT_CAPITAL))
                .containsExactly("p-1 null 2025-10-01 272 leader.zhao wang.fang");
        assertThat(today.lists().stream().mapToInt(group -> group.entries().size()).sum()).isEqualTo(1);

        StuckProjects then = queries.handle(new FindStuckProjectsQuery(null, BEFORE_LATE_VERIFICATION,
                                                                       Knowledge.AS_KNOWN_THEN), MANAGER);
        assertThat(entries(then, StuckList.SIGNED_NOT_REGISTERED))
                .containsExactly("p-3 REGISTERED 2025-10-01 123 null wang.fang");
        assertThat(entries(then, StuckList.REGISTERED_WITHOUT_CAPITAL))
                .containsExactly("p-1 null 2025-10-01 123 leader.zhao wang.fang");
        assertThat(entries(then, StuckList.LAND_WITHOUT_CONSTRUCTION))
                .containsExactly("p-2 CONSTRUCTION_STARTED 2026-01-01 31 leader.qian li.na");

        StuckProjects land = queries.handle(new FindStuckProjectsQuery(ProjectKind.LAND, BEFORE_LATE_VERIFICATION,
                                                                       Knowledge.AS_KNOWN_THEN), MANAGER);
        assertThat(land.lists()).extracting(StuckProjects.Group::list)
                                .containsExactly(StuckList.SIGNED_NOT_REGISTERED, StuckList.REGISTERED_WITHOUT_CAPITAL,
                                                 StuckList.CAPITAL_WITHOUT_LAND, StuckList.LAND_WITHOUT_CONSTRUCTION,
                                                 StuckList.STARTED_NOT_COMPLETED, StuckList.COMPLETED_NOT_OPERATING);
        assertThat(land.lists().stream().flatMap(group -> group.entries().stream()))
                .extracting(StuckProjects.Entry::projectId).containsExactly("p-2");
        assertThat(land.lists().get(3).entries().get(0).overdue()).isEqualTo(Milestone.CONSTRUCTION_STARTED);
    }

    @Test
    void aWithdrawnProjectCountsNowhereAsKnownNow() {
        // P2 withdrawn on 2026-04-01: its lead moved back out of SIGNED
        PerformanceQueries withdrawn = queries("performance-withdrawn",
                                               fixtureAnd(withdrawn("p-2", "lead-2", "2026-04-01")));
        for (LocalDate asOf : new LocalDate[]{null, BEFORE_LATE_VERIFICATION}) {
            PerformanceReport.Row row = all(withdrawn, 2025, asOf, Knowledge.AS_KNOWN_NOW);
            assertThat(row.projects()).as("P1 and P3 at " + asOf).isEqualTo(2);
            Map<Rate, Figure> figures = figures(row);
            assertFigure(figures.get(Rate.REGISTRATION), "1", "1", "1");
            assertFigure(figures.get(Rate.CAPITAL_ARRIVAL_AMOUNT), "1800", "2000", "0.9");
            assertFigure(figures.get(Rate.CONSTRUCTION_START), "0", "0", null);
            assertThat(row.promisedVsActual().capitalCommittedWan()).isEqualByComparingTo("2500");
            assertThat(row.promisedVsActual().landMu()).isZero();
        }
        assertThat(withdrawn.handle(new FindPerformanceProjectsQuery(
                2025, ConversionDimension.MARKET, "JAPAN_KOREA", Rate.CAPITAL_ARRIVAL_COUNT, FigurePart.DENOMINATOR,
                null, null), MANAGER).projects()).extracting(PerformanceProjects.ProjectRow::projectId)
                                                 .containsExactly("p-1");
        StuckProjects stuck = withdrawn.handle(new FindStuckProjectsQuery(ProjectKind.LAND, BEFORE_LATE_VERIFICATION,
                                                                          Knowledge.AS_KNOWN_NOW), MANAGER);
        assertThat(stuck.lists().stream().flatMap(group -> group.entries().stream())).isEmpty();
    }

    @Test
    void asKnownThenAProjectCountsUntilTheDayItWasWithdrawnAndAgainFromItsReinstatement() {
        PerformanceQueries later = queries("performance-withdrawn-later",
                                           fixtureAnd(withdrawn("p-2", "lead-2", "2026-04-01")));
        StuckProjects before = later.handle(new FindStuckProjectsQuery(ProjectKind.LAND, BEFORE_LATE_VERIFICATION,
                                                                       Knowledge.AS_KNOWN_THEN), MANAGER);
        assertThat(before.lists().stream().flatMap(group -> group.entries().stream()))
                .as("not withdrawn yet on 2026-02-01").extracting(StuckProjects.Entry::projectId)
                .containsExactly("p-2");
        assertThat(all(later, 2025, BEFORE_LATE_VERIFICATION, Knowledge.AS_KNOWN_THEN).projects()).isEqualTo(3);
        assertThat(all(later, 2025, day("2026-04-01"), Knowledge.AS_KNOWN_THEN).projects()).isEqualTo(2);

        // withdrawn on 2026-01-15, reinstated on 2026-04-01
        PerformanceQueries back = queries("performance-reinstated",
                                          fixtureAnd(withdrawn("p-2", "lead-2", "2026-01-15"),
                                                     reinstated("p-2", "lead-2", "2026-04-01")));
        Map<Rate, Figure> then = figures(all(back, 2025, BEFORE_LATE_VERIFICATION, Knowledge.AS_KNOWN_THEN));
        assertFigure(then.get(Rate.REGISTRATION), "1", "2", "0.5");
        assertFigure(then.get(Rate.CONSTRUCTION_START), "0", "0", null);
        assertThat(back.handle(new FindPerformanceProjectsQuery(
                2025, null, null, Rate.REGISTRATION, FigurePart.DENOMINATOR, BEFORE_LATE_VERIFICATION,
                Knowledge.AS_KNOWN_THEN), MANAGER).projects()).extracting(PerformanceProjects.ProjectRow::projectId)
                                                              .containsExactly("p-1", "p-3");
        assertThat(all(back, 2025, day("2026-04-01"), Knowledge.AS_KNOWN_THEN).projects()).isEqualTo(3);
        assertThat(all(back, 2025, null, Knowledge.AS_KNOWN_NOW)).as("reinstated: as if never withdrawn")
                                                                 .isEqualTo(all(2025, null, Knowledge.AS_KNOWN_NOW));
        assertThat(all(back, 2025, BEFORE_LATE_VERIFICATION, Knowledge.AS_KNOWN_NOW))
                .isEqualTo(all(2025, BEFORE_LATE_VERIFICATION, Knowledge.AS_KNOWN_NOW));
    }

    @Test
    void aVerifiedAgreementIsNeitherAMilestoneNorCapital() {
        ProgressFact agreement = new ProgressFact(ProgressKind.AGREEMENT, day("2025-05-01"), null, null, null, null,
                                                  List.of("scan"));
        PerformanceQueries signed = queries("performance-agreement", fixtureAnd(
                new ProgressRecordedEvent("p-2", "lead-2", "f-9", agreement, ProgressOrigin.RECORDED, "li.na",
                                          day("2025-05-02"), null, null),
                new ProgressVerifiedEvent("p-2", "lead-2", "f-9", agreement, "li.na", "manager", day("2025-05-03"),
                                          null)));
        for (Knowledge knowledge : Knowledge.values()) {
            for (LocalDate asOf : new LocalDate[]{null, BEFORE_LATE_VERIFICATION, day("2025-06-01")}) {
                assertThat(all(signed, 2025, asOf, knowledge)).as(knowledge + " at " + asOf)
                                                              .isEqualTo(all(2025, asOf, knowledge));
                assertThat(signed.handle(new FindStuckProjectsQuery(null, asOf, knowledge), MANAGER))
                        .isEqualTo(queries.handle(new FindStuckProjectsQuery(null, asOf, knowledge), MANAGER));
            }
        }
    }

    @Test
    void aMilestoneFromTheLeadsStageIsJudgedByTheDayTheCommitmentsPromiseNotByTheEvent() {
        // P3 registered on 2026-06-20 through its lead's stage: the event carries no promised day (null), the
        // commitments promise 2026-09-01 since 2026-03-01 (2025-10-01 before)
        ProgressFact registered = new ProgressFact(ProgressKind.MILESTONE, day("2026-06-20"), null,
                                                   Milestone.REGISTERED, null, null, List.of());
        PerformanceQueries staged = queries("performance-stage-milestone", fixtureAnd(
                new ProgressRecordedEvent("p-3", "lead-3", "f-2", registered, ProgressOrigin.LEAD_STAGE, "wang.fang",
                                          day("2026-06-20"), null, null),
                new ProgressVerifiedEvent("p-3", "lead-3", "f-2", registered, "wang.fang", "manager",
                                          day("2026-06-21"), null)));
        for (Knowledge knowledge : Knowledge.values()) {
            PerformanceProjects onTime = staged.handle(new FindPerformanceProjectsQuery(
                    2025, null, null, Rate.PERFORMANCE_ON_TIME, FigurePart.NUMERATOR, day("2026-09-01"), knowledge),
                                                       MANAGER);
            assertThat(onTime.projects()).as(knowledge.name()).extracting(PerformanceProjects.ProjectRow::projectId)
                                         .contains("p-3");
        }
        Map<Rate, Figure> now = figures(all(staged, 2025, day("2026-09-01"), Knowledge.AS_KNOWN_NOW));
        assertFigure(now.get(Rate.REGISTRATION), "3", "3", "1");
    }

    private static List<String> entries(StuckProjects stuck, StuckList list) {
        return stuck.lists().stream().filter(group -> group.list() == list).findFirst().orElseThrow().entries()
                    .stream().map(entry -> entry.projectId() + " " + entry.overdue() + " " + entry.promisedOn() + " "
                                           + entry.daysOverdue() + " " + entry.responsibleLeader() + " "
                                           + entry.owner()).toList();
    }

    @Test
    void onlyManagersAndCheckedParameters() {
        MetaData staff = MetaData.from(Caller.user("staff", Set.of(Role.STAFF), null).toMetaData());
        assertThatThrownBy(() -> queries.handle(new FindPerformanceQuery(2025, null, null, null), staff))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> queries.handle(new FindPerformanceQuery(1900, null, null, null), MANAGER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> queries.handle(new FindPerformanceProjectsQuery(2025, null, null, null, null, null,
                                                                                 null), MANAGER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rate");
    }
}
