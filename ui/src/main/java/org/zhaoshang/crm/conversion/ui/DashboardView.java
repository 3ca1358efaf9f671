package org.zhaoshang.crm.conversion.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.conversion.api.CohortReport;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.FindCohortsQuery;
import org.zhaoshang.crm.conversion.api.FindConversionLeadsQuery;
import org.zhaoshang.crm.conversion.api.FindConversionQuery;
import org.zhaoshang.crm.conversion.api.FindTargetsVsActualQuery;
import org.zhaoshang.crm.conversion.api.Measure;
import org.zhaoshang.crm.conversion.api.TargetsVsActual;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.lead.api.query.FindPipelineBoardQuery;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.query.PipelineBoard;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.project.api.query.FindSigningsQuery;
import org.zhaoshang.crm.project.api.query.Signings;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.EChart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The year at a glance for managers: targets against what was signed (projects, investment in 万元/亿元, each also as
 * the signed projects' ledger reports and verifies it; investment per 亩 against 5,500 万元, floor space, Fortune
 * 500), the funnel, the open leads by market and stage, and the
 * leads identified and signed month by month. Every figure opens the leads behind it.
 */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 1)
@RolesAllowed("MANAGER")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** The five target cards, in one row of equal columns (two on a phone): never four and one. */
    final Div targets = new Div();
    final EChart funnel = new EChart();
    final EChart byMarket = new EChart();
    final EChart trend = new EChart();
    private final QueryGateway queries;
    private final YearMonth january = YearMonth.of(Year.now(BureauTime.ZONE).getValue(), 1);

    public DashboardView(QueryGateway queries) {
        this.queries = queries;
        int year = january.getYear();
        targets.addClassName("target-cards");
        targets.getStyle().set("display", "grid");
        add(new H2(getTranslation("dashboard.title", String.valueOf(year))), targets,
            new H3(getTranslation("dashboard.funnel")), funnel,
            new H3(getTranslation("dashboard.byMarket")), byMarket,
            new H3(getTranslation("dashboard.trend")), trend);
        showTargets(queries.query(new FindTargetsVsActualQuery(year), ResponseTypes.instanceOf(TargetsVsActual.class))
                           .join());
        showFunnel();
        showByMarket();
        showTrend();
    }

    private void showTargets(TargetsVsActual actual) {
        YearTargets set = actual.targets();
        Signings signings = queries.query(new FindSigningsQuery(january.getYear()),
                                          ResponseTypes.instanceOf(Signings.class)).join();
        targets.add(withSignings(card("dashboard.signedProjects", String.valueOf(actual.signedProjects()),
                         set == null || set.signedProjects() == null ? null : String.valueOf(set.signedProjects()),
                         lead -> true, progress(BigDecimal.valueOf(actual.signedProjects()),
                                                set == null || set.signedProjects() == null ? null
                                                        : BigDecimal.valueOf(set.signedProjects()), false)),
                                     getTranslation("dashboard.signings.projects", signings.reportedProjects(),
                                                    signings.verifiedProjects())));
        targets.add(withSignings(card("dashboard.signedInvestment",
                                      BureauFormats.amountWan(actual.signedInvestmentWan(), getLocale()),
                         set == null || set.signedInvestmentWan() == null ? null
                                 : BureauFormats.amountWan(set.signedInvestmentWan(), getLocale()),
                         lead -> true, progress(actual.signedInvestmentWan(),
                                                set == null ? null : set.signedInvestmentWan(), false)),
                                 getTranslation("dashboard.signings.investment",
                                         BureauFormats.amountWan(signings.reportedInvestmentWan(), getLocale()),
                                         BureauFormats.amountWan(signings.verifiedInvestmentWan(), getLocale()))));
        BigDecimal bar = set != null && set.investmentPerMuWan() != null ? set.investmentPerMuWan()
                                                                          : YearTargets.DISTRICT_BAR_PER_MU_WAN;
        targets.add(card("dashboard.perMu", actual.investmentPerMuWan() == null ? "—"
                                 : BureauFormats.amountWan(actual.investmentPerMuWan(), getLocale()),
                         BureauFormats.amountWan(bar, getLocale()), lead -> true,
                         progress(actual.investmentPerMuWan(), bar, true)));
        targets.add(card("dashboard.floorSpace", BureauFormats.area(actual.floorSpaceM2(), getLocale()),
                         set == null || set.floorSpaceM2() == null ? null
                                 : BureauFormats.area(set.floorSpaceM2(), getLocale()), lead -> true,
                         progress(actual.floorSpaceM2(), set == null ? null : set.floorSpaceM2(), false)));
        targets.add(card("dashboard.fortune500", String.valueOf(actual.fortune500Projects()),
                         set == null || set.fortune500Projects() == null ? null
                                 : String.valueOf(set.fortune500Projects()), LeadSummary::fortune500,
                         progress(BigDecimal.valueOf(actual.fortune500Projects()),
                                  set == null || set.fortune500Projects() == null ? null
                                          : BigDecimal.valueOf(set.fortune500Projects()), false)));
    }

    /**
     * The signed projects' ledger under a card: the year's projects reported (signed, not withdrawn) and those whose
     * agreement a manager verified (认定).
     */
    private static Div withSignings(Div card, String text) {
        Span signings = new Span(text);
        signings.addClassName("target-signings");
        card.add(signings);
        return card;
    }

    /**
     * How far a figure has come to its target (0 to 1), and whether it misses it. A bar (investment per 亩) is missed
     * as soon as the figure is below it; a target for the year's totals is only progressed towards.
     */
    record Progress(double share, boolean missed) {
    }

    private static Progress progress(BigDecimal actual, BigDecimal target, boolean bar) {
        if (actual == null || target == null || target.signum() <= 0) {
            return null;
        }
        double share = Math.min(1, actual.divide(target, 4, RoundingMode.HALF_UP).doubleValue());
        return new Progress(share, bar && actual.compareTo(target) < 0);
    }

    /** A target card; a click lists the leads signed this year that the figure counts. */
    private Div card(String labelKey, String actual, String target, Predicate<LeadSummary> counted,
                     Progress progress) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("target-label");
        Span value = new Span(actual);
        value.addClassName("target-value");
        Span goal = new Span(target == null ? getTranslation("dashboard.noTarget")
                                            : getTranslation("dashboard.target", target));
        goal.addClassName("target-goal");
        Div card = new Div(label, value, goal);
        card.addClassName("target-card");
        if (progress != null) {
            ProgressBar bar = new ProgressBar(0, 1, progress.share());
            int percent = (int) Math.round(progress.share() * 100);
            Span done = new Span(getTranslation(progress.missed() ? "dashboard.progress.missed" : "dashboard.progress",
                                                percent));
            done.addClassName("target-progress");
            card.add(bar, done);
            if (progress.missed()) {
                card.addClassName("target-missed");
            }
        }
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        card.addClickListener(click -> new LeadsBehindDialog(
                queries, getTranslation(labelKey), new FindConversionLeadsQuery(january, january.plusMonths(11),
                ConversionDimension.ALL, null, Measure.SIGNED, null), counted).open());
        return card;
    }

    private void showFunnel() {
        ConversionReport report = queries.query(new FindConversionQuery(january, january.plusMonths(11),
                                                                        ConversionDimension.ALL, null, null),
                                                ResponseTypes.instanceOf(ConversionReport.class)).join();
        List<Map<String, Object>> data = new ArrayList<>();
        report.rows().stream().findFirst().ifPresent(row -> row.stages().forEach(stage -> data.add(
                Map.of("name", getTranslation("stage." + stage.stage().name()), "value", stage.entered()))));
        funnel.setOption(Map.of("tooltip", Map.of("trigger", "item"),
                                "series", List.of(Map.of("type", "funnel", "name", getTranslation("dashboard.funnel"),
                                                         "sort", "none", "left", "10%", "width", "80%",
                                                         "label", Map.of("formatter", "{b}: {c}"), "data", data))));
        funnel.onClick((stageName, series) -> stageOf(stageName).ifPresent(stage -> new LeadsBehindDialog(
                queries, getTranslation("behind.entered", stageName, String.valueOf(january.getYear())),
                new FindConversionLeadsQuery(january, january.plusMonths(11), ConversionDimension.ALL, null,
                                             Measure.ENTERED, stage.name()), lead -> true).open()));
    }

    private void showByMarket() {
        List<String> stageNames = Arrays.stream(Stage.values()).map(stage -> getTranslation("stage." + stage.name()))
                                        .toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (SourceMarket market : SourceMarket.values()) {
            PipelineBoard board = queries.query(new FindPipelineBoardQuery(new LeadFilter(
                    Set.of(market), null, null, null, null, null, null, null, Set.of(LeadStatus.OPEN), null, null,
                    null, null, null, null), 0), ResponseTypes.instanceOf(PipelineBoard.class)).join();
            series.add(Map.of("type", "bar", "stack", "markets", "name", getTranslation("market." + market.name()),
                              "data", board.columns().stream().map(PipelineBoard.Column::leads).toList()));
        }
        byMarket.setOption(Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of(),
                                  "xAxis", Map.of("type", "category", "data", stageNames),
                                  "yAxis", Map.of("type", "value"), "series", series));
        byMarket.onClick((stageName, marketName) -> stageOf(stageName).ifPresent(stage -> Arrays.stream(
                SourceMarket.values()).filter(market -> getTranslation("market." + market.name()).equals(marketName))
                .findFirst().ifPresent(market -> openLeads(Map.of("stage", List.of(stage.name()), "market",
                                                                  List.of(market.name()), "status",
                                                                  List.of(LeadStatus.OPEN.name()))))));
    }

    private void showTrend() {
        YearMonth now = YearMonth.now(BureauTime.ZONE);
        CohortReport cohorts = queries.query(new FindCohortsQuery(now.minusMonths(11), now, ConversionDimension.ALL,
                                                                  "*"),
                                             ResponseTypes.instanceOf(CohortReport.class)).join();
        List<String> months = cohorts.cohorts().stream().map(cohort -> cohort.identifiedIn().toString()).toList();
        trend.setOption(Map.of(
                "tooltip", Map.of("trigger", "axis"), "legend", Map.of(),
                "xAxis", Map.of("type", "category", "data", months), "yAxis", Map.of("type", "value"),
                "series", List.of(
                        Map.of("type", "line", "name", getTranslation("dashboard.identified"),
                               "data", cohorts.cohorts().stream().map(CohortReport.Cohort::leads).toList()),
                        Map.of("type", "line", "name", getTranslation("dashboard.signedSoFar"),
                               "data", cohorts.cohorts().stream()
                                              .map(cohort -> cohort.reached().getOrDefault(Stage.SIGNED, 0L))
                                              .toList()))));
        trend.onClick((month, series) -> {
            YearMonth identifiedIn = YearMonth.parse(month);
            Stage reached = series.equals(getTranslation("dashboard.identified")) ? Stage.LEAD : Stage.SIGNED;
            new LeadsBehindDialog(queries, series + " · " + month,
                                  new FindConversionLeadsQuery(identifiedIn, identifiedIn, ConversionDimension.ALL,
                                                               null, Measure.COHORT_REACHED, reached.name()),
                                  lead -> true).open();
        });
    }

    private java.util.Optional<Stage> stageOf(String translatedName) {
        return Arrays.stream(Stage.values())
                     .filter(stage -> getTranslation("stage." + stage.name()).equals(translatedName)).findFirst();
    }

    private void openLeads(Map<String, List<String>> parameters) {
        getUI().ifPresent(ui -> ui.navigate("leads", new QueryParameters(new LinkedHashMap<>(parameters))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title", String.valueOf(LocalDate.now(BureauTime.ZONE).getYear())) + " · "
               + getTranslation("app.title");
    }
}
