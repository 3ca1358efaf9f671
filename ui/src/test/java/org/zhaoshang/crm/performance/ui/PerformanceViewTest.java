package org.zhaoshang.crm.performance.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
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
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.ui.AccessDeniedView;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.KaribuSpringTest;
import org.zhaoshang.crm.security.ui.AccountView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance view against fixed answers of the performance queries (the read model has its own tests): what
 * it shows of them, which query each click and filter sends, and who may open it.
 */
class PerformanceViewTest extends KaribuSpringTest {

    private static final int THIS_YEAR = Year.now(BureauTime.ZONE).getValue();

    @MockitoSpyBean
    private QueryGateway queries;
    @Autowired
    private PeopleDirectory people;

    private final List<Object> asked = new ArrayList<>();
    private PerformanceReport report;

    @BeforeEach
    void answerThePerformanceQueries() {
        report = report(row("LONDON", 4, figures(3, 4)), row("JAPAN_KOREA", 2, figures(1, 2)));
        answer(FindPerformanceQuery.class, query -> report);
        answer(FindStuckProjectsQuery.class, query -> stuck());
        answer(FindPerformanceProjectsQuery.class, query -> new PerformanceProjects(List.of(
                new PerformanceProjects.ProjectRow("p-1", "lead-1", "Thames Capital", ProjectKind.LAND,
                                                   LocalDate.of(THIS_YEAR, 1, 15), "staff", "staff-li.na",
                                                   new BigDecimal("3000"), new BigDecimal("1200"), false,
                                                   Milestone.REGISTERED, LocalDate.of(THIS_YEAR, 3, 1),
                                                   LocalDate.of(THIS_YEAR, 3, 31), 30),
                new PerformanceProjects.ProjectRow("p-2", "lead-2", "Osaka Robotics", ProjectKind.OFFICE,
                                                   LocalDate.of(THIS_YEAR, 2, 1), "manager", null,
                                                   BigDecimal.ZERO, BigDecimal.ZERO, true, null,
                                                   LocalDate.of(THIS_YEAR, 2, 1), null, 45))));
    }

    @Test
    void eachRateOfEachSliceIsShownAsNumeratorOverDenominatorAndPercent() {
        signIn("manager");
        PerformanceView view = open(PerformanceView.class, Locale.ENGLISH);

        assertThat(_get(Button.class, spec -> spec.withId("figure-REGISTRATION-NUMERATOR-0")).getText())
                .isEqualTo("3");
        assertThat(_get(Button.class, spec -> spec.withId("figure-REGISTRATION-DENOMINATOR-0")).getText())
                .isEqualTo("4");
        assertThat(_get(Span.class, spec -> spec.withId("percent-REGISTRATION-0")).getText()).isEqualTo("75%");
        assertThat(_get(Span.class, spec -> spec.withId("percent-REGISTRATION-1")).getText()).isEqualTo("50%");
        assertThat(_get(Button.class, spec -> spec.withId("figure-CAPITAL_ARRIVAL_AMOUNT-NUMERATOR-0")).getText())
                .isEqualTo("CNY 30 million");
        assertThat(_get(Span.class, spec -> spec.withId("percent-FULL_PRODUCTION-0")).getText()).isEqualTo("—");
        assertThat(view.rates.cards.getElement().getTextRecursively()).contains("London · 4 projects")
                                                                      .contains("Japan + Korea · 2 projects");
        assertThat(view.rates.chart.getOption().get("series").toString()).contains("London", "75");
        assertThat(view.promised.cards.getElement().getTextRecursively())
                .contains("CNY 50 million").contains("as built (verified)CNY 48 million per mu")
                .contains("promisedCNY 60 million per mu").contains("Tax per mu in " + (THIS_YEAR - 1) + " as built");
        assertThat(_get(Button.class, spec -> spec.withId("capital-verified-0")).isEnabled()).isTrue();
        assertThat(view.promised.chart.getOption().get("series").toString()).contains("5500");
        assertThat(view.stuck.cards.getElement().getTextRecursively()).contains("Signed, not registered1 project");
        assertThat(_get(Button.class, spec -> spec.withId("figure-FULL_PRODUCTION-DENOMINATOR-0")).isEnabled())
                .as("nothing behind it to open").isFalse();
        assertThat(view.rates.nothingDue.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void inChineseTheRatesHaveTheBureausNamesAndCapitalIsInWanOrYi() {
        signIn("manager");
        PerformanceView view = open(PerformanceView.class, Locale.SIMPLIFIED_CHINESE);

        String rates = view.rates.cards.getElement().getTextRecursively();
        assertThat(rates).contains("注册率", "资金到位率（按金额）", "资金到位率（按项目数）", "开工率", "投产率/开业率", "达产率",
                                   "履约率", "履约率（按期）", "伦敦");
        assertThat(_get(Button.class, spec -> spec.withId("figure-CAPITAL_ARRIVAL_AMOUNT-NUMERATOR-0")).getText())
                .isEqualTo("3,000 万元");
        assertThat(view.promised.cards.getElement().getTextRecursively()).contains("4,800 万元/亩");
        assertThat(view.stuck.cards.getElement().getTextRecursively()).contains("签约未注册", "注册未到资", "入驻未运营");

        _click(_get(Button.class, spec -> spec.withId("figure-REGISTRATION-DENOMINATOR-0")));
        @SuppressWarnings("unchecked")
        ProjectCards<PerformanceProjects.ProjectRow> dialog = _get(ProjectCards.class);
        List<PerformanceProjects.ProjectRow> shown = dialog.grid.getGenericDataView().getItems().toList();
        assertThat(dialog.factsOf(shown.get(0))).endsWith(
                "注册 · 承诺 " + THIS_YEAR + "-03-01 · 实际 " + THIS_YEAR + "-03-31 · 晚 30 天");
        assertThat(dialog.factsOf(shown.get(1))).endsWith(
                "资金到位 · 承诺 " + THIS_YEAR + "-02-01 · 尚未达成 · 逾期 45 天");
    }

    @Test
    void aFigureOpensExactlyTheProjectsBehindIt() {
        signIn("manager");
        PerformanceView view = open(PerformanceView.class, Locale.ENGLISH);
        asked.clear();

        _click(_get(Button.class, spec -> spec.withId("figure-REGISTRATION-DENOMINATOR-1")));

        assertThat(asked).containsExactly(new FindPerformanceProjectsQuery(
                THIS_YEAR, ConversionDimension.MARKET, "JAPAN_KOREA", Rate.REGISTRATION, FigurePart.DENOMINATOR,
                null, Knowledge.AS_KNOWN_NOW));
        @SuppressWarnings("unchecked")
        ProjectCards<PerformanceProjects.ProjectRow> dialog = _get(ProjectCards.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Registration rate · due · Japan + Korea");
        List<PerformanceProjects.ProjectRow> shown = dialog.grid.getGenericDataView().getItems().toList();
        assertThat(shown).extracting(PerformanceProjects.ProjectRow::leadId).containsExactly("lead-1", "lead-2");
        assertThat(dialog.factsOf(shown.get(0)))
                .contains("owner: " + people.nameOf("staff"), "leader: " + people.nameOf("staff-li.na"), "late",
                          "verified CNY 12 million of CNY 30 million due");
        assertThat(dialog.factsOf(shown.get(1))).contains("leader: none", "all on time");
        assertThat(dialog.factsOf(shown.get(0))).endsWith(
                "registration · promised 1 Mar " + THIS_YEAR + " · reached 31 Mar " + THIS_YEAR + " · 30 days late");
        assertThat(dialog.factsOf(shown.get(1))).endsWith(
                "capital · promised 1 Feb " + THIS_YEAR + " · not yet reached · 45 days overdue");

        asked.clear();
        dialog.close();
        view.rates.chart.clicked("Capital arrival rate (by projects)", "London");
        assertThat(asked).containsExactly(new FindPerformanceProjectsQuery(
                THIS_YEAR, ConversionDimension.MARKET, "LONDON", Rate.CAPITAL_ARRIVAL_COUNT, FigurePart.NUMERATOR,
                null, Knowledge.AS_KNOWN_NOW));

        asked.clear();
        _click(_get(Button.class, spec -> spec.withId("capital-verified-0")));
        assertThat(asked).containsExactly(new FindPerformanceProjectsQuery(
                THIS_YEAR, ConversionDimension.MARKET, "LONDON", Rate.CAPITAL_ARRIVAL_AMOUNT, FigurePart.NUMERATOR,
                null, Knowledge.AS_KNOWN_NOW));
    }

    @Test
    void aStuckListOpensItsProjectsWithDaysOverdueLeaderAndOwner() {
        signIn("manager");
        open(PerformanceView.class, Locale.ENGLISH);

        assertThat(_get(Button.class, spec -> spec.withId("stuck-REGISTERED_WITHOUT_CAPITAL")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("stuck-SIGNED_NOT_REGISTERED")));

        @SuppressWarnings("unchecked")
        ProjectCards<StuckProjects.Entry> dialog = _get(ProjectCards.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Signed, not registered");
        StuckProjects.Entry entry = dialog.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(entry.leadId()).isEqualTo("lead-9");
        assertThat(dialog.factsOf(entry)).isEqualTo(
                "Land · overdue: registration · promised 1 Mar " + THIS_YEAR + " · 40 days overdue · leader: "
                + people.nameOf("staff-li.na") + " · owner: " + people.nameOf("staff"));
    }

    @Test
    void theFiltersAreKeptInTheAddressAndALinkRestoresThem() {
        signIn("manager");
        open(PerformanceView.class, Locale.ENGLISH);
        LocalDate day = LocalDate.now(BureauTime.ZONE).minusDays(30);
        asked.clear();

        UI.getCurrent().navigate("performance", QueryParameters.full(Map.of(
                "year", new String[]{String.valueOf(THIS_YEAR - 1)}, "dimension", new String[]{"OWNER"},
                "asOf", new String[]{day.toString()}, "knowledge", new String[]{"AS_KNOWN_THEN"})));
        PerformanceView view = _get(PerformanceView.class);

        assertThat(view.year.getValue()).isEqualTo(THIS_YEAR - 1);
        assertThat(view.dimension.getValue()).isEqualTo(ConversionDimension.OWNER);
        assertThat(view.asOf.getValue()).isEqualTo(day);
        assertThat(view.knowledge.getValue()).isEqualTo(Knowledge.AS_KNOWN_THEN);
        assertThat(asked).contains(new FindPerformanceQuery(THIS_YEAR - 1, ConversionDimension.OWNER, day,
                                                            Knowledge.AS_KNOWN_THEN),
                                   new FindStuckProjectsQuery(null, day, Knowledge.AS_KNOWN_THEN));

        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        _setValue(view.year, null);
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                     .map(invocation -> invocation.getInvocation().getParameters().toString()))
                .anyMatch(address -> address.contains("performance?") && address.contains("year=all")
                                     && address.contains("dimension=OWNER") && address.contains("asOf=" + day)
                                     && address.contains("knowledge=AS_KNOWN_THEN"));
        assertThat(asked).contains(new FindPerformanceQuery(null, ConversionDimension.OWNER, day,
                                                            Knowledge.AS_KNOWN_THEN));
    }

    @Test
    void aYearWithoutSigningsSaysSoInASentence() {
        report = report();
        signIn("manager");
        PerformanceView view = open(PerformanceView.class, Locale.SIMPLIFIED_CHINESE);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo(THIS_YEAR + " 年没有签约项目。");
        assertThat(view.rates.isVisible()).isFalse();
        assertThat(view.promised.isVisible()).isFalse();
        assertThat(view.stuck.isVisible()).isTrue();
    }

    @Test
    void withNothingDueTheChartGivesWayToASentence() {
        report = report(row("LONDON", 4, Arrays.stream(Rate.values()).map(
                rate -> new Figure(rate, BigDecimal.ZERO, BigDecimal.ZERO, null, 0, 0)).toList()));
        signIn("manager");
        PerformanceView view = open(PerformanceView.class, Locale.ENGLISH);

        assertThat(view.rates.chart.isVisible()).isFalse();
        assertThat(view.rates.nothingDue.getText()).isEqualTo("Nothing is due yet: no rate to chart.");
        assertThat(view.rates.nothingDue.isVisible()).isTrue();
    }

    @Test
    void onlyManagersFindItInTheMenuAndMayOpenIt() {
        signIn("manager");
        open(AccountView.class, Locale.ENGLISH);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Performance");

        for (String user : List.of("staff", "ambassador", "admin")) {
            signIn(user);
            open(AccountView.class, Locale.ENGLISH);
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).as(user)
                                                                                   .doesNotContain("Performance");
            asked.clear();
            UI.getCurrent().navigate(PerformanceView.class);
            assertThat(_find(PerformanceView.class)).as(user).isEmpty();
            assertThat(LocatorJ._find(AccessDeniedView.class)).as(user).hasSize(1);
            assertThat(asked).as(user).isEmpty();
        }
    }

    private <Q> void answer(Class<Q> type, java.util.function.Function<Q, Object> answer) {
        Mockito.doAnswer(call -> {
            Q query = call.getArgument(1);
            asked.add(query);
            return CompletableFuture.completedFuture(answer.apply(query));
        }).when(queries).query(Mockito.anyString(), Mockito.any(type), Mockito.<ResponseType<Object>>any());
    }

    private static PerformanceReport report(PerformanceReport.Row... rows) {
        return new PerformanceReport(THIS_YEAR, ConversionDimension.MARKET, null, Knowledge.AS_KNOWN_NOW,
                                     List.of(rows));
    }

    private static PerformanceReport.Row row(String value, long projects, List<Figure> figures) {
        return new PerformanceReport.Row(value, projects, figures, new PromisedVsActual(
                new BigDecimal("5000"), new BigDecimal("3000"), new BigDecimal("1600"), new BigDecimal("1200"),
                new BigDecimal("2.5"), new BigDecimal("6000"), new BigDecimal("4800"), new BigDecimal("100"),
                THIS_YEAR - 1, new BigDecimal("40"), new BigDecimal("5500"), 1, 0));
    }

    /** Every rate as {@code met / due}, capital as 3,000 / 4,000 万元 and nothing at full production due. */
    private static List<Figure> figures(long met, long due) {
        return Arrays.stream(Rate.values()).map(rate -> switch (rate) {
            case CAPITAL_ARRIVAL_AMOUNT -> new Figure(rate, new BigDecimal("3000"), new BigDecimal("4000"),
                                                      new BigDecimal("0.75"), met, due);
            case FULL_PRODUCTION -> new Figure(rate, BigDecimal.ZERO, BigDecimal.ZERO, null, 0, 0);
            default -> new Figure(rate, BigDecimal.valueOf(met), BigDecimal.valueOf(due),
                                  BigDecimal.valueOf(met).divide(BigDecimal.valueOf(due), 4,
                                                                 java.math.RoundingMode.HALF_UP), met, due);
        }).toList();
    }

    private static StuckProjects stuck() {
        LocalDate promised = LocalDate.of(THIS_YEAR, 3, 1);
        return new StuckProjects(null, null, Arrays.stream(StuckList.values()).map(list -> new StuckProjects.Group(
                list, list == StuckList.SIGNED_NOT_REGISTERED
                      ? List.of(new StuckProjects.Entry("p-9", "lead-9", "Stuck Holdings", ProjectKind.LAND,
                                                        promised.minusMonths(2), Milestone.REGISTERED, promised,
                                                        40, "staff-li.na", "staff"))
                      : List.of())).toList());
    }
}
