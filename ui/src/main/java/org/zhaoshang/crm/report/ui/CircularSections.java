package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.performance.api.Figure;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The circular's sections in the bureau's order: targets, rates, the funnel by market, red lists, rankings. */
final class CircularSections {

    /** The stages a funnel row shows (after the signature the performance rates speak). */
    private static final List<Stage> FUNNEL = List.of(Stage.LEAD, Stage.CONTACTED, Stage.SITE_VISIT,
                                                      Stage.NEGOTIATION, Stage.INTENT, Stage.SIGNED);

    private final ReportWords words;

    CircularSections(ReportWords words) {
        this.words = words;
    }

    Component targets(Circular circular) {
        Circular.Targets figures = circular.targets();
        YearTargets goal = figures.targets();
        StackedTable table = new StackedTable("circular-targets", List.of(
                words.t("report.circular.figure"), words.t("report.circular.month"), words.t("report.circular.year"),
                words.t("report.circular.target"), words.t("report.circular.reached")));
        table.row(words.t("report.circular.signings"), String.valueOf(figures.signedInMonth()),
                  String.valueOf(figures.signedInYear()),
                  goal == null || goal.signedProjects() == null ? "—" : String.valueOf(goal.signedProjects()),
                  goal == null || goal.signedProjects() == null ? "—"
                  : ReportWords.percent(share(BigDecimal.valueOf(figures.signedInYear()),
                                              BigDecimal.valueOf(goal.signedProjects()))));
        table.row(words.t("report.circular.investment"), words.wan(figures.reportedInvestmentWanMonth()),
                  words.wan(figures.reportedInvestmentWan()),
                  goal == null ? "—" : words.wan(goal.signedInvestmentWan()),
                  goal == null || goal.signedInvestmentWan() == null ? "—"
                  : ReportWords.percent(share(figures.reportedInvestmentWan(), goal.signedInvestmentWan())));
        table.row(words.t("report.circular.verifiedCapital"), "—", words.wan(figures.verifiedCapitalWan()), "—",
                  "—");
        return section("report.circular.targets", table);
    }

    Component rates(Circular circular) {
        StackedTable table = new StackedTable("circular-rates", List.of(
                words.t("report.circular.rate"), words.t("report.circular.value"), words.t("report.circular.parts")));
        if (circular.rates() != null) {
            for (Figure figure : circular.rates().figures()) {
                table.row(words.t("performance.rate." + figure.rate().name()), ReportWords.percent(figure.value()),
                          figure.numerator().stripTrailingZeros().toPlainString() + " / "
                          + figure.denominator().stripTrailingZeros().toPlainString());
            }
        }
        return section("report.circular.rates", table.orWhenEmpty(words.t("report.circular.noRates")));
    }

    Component funnel(Circular circular) {
        List<String> headers = new ArrayList<>();
        headers.add(words.t("report.circular.market"));
        FUNNEL.forEach(stage -> headers.add(words.stage(stage)));
        headers.add(words.t("report.circular.winRate"));
        StackedTable table = new StackedTable("circular-funnel", headers);
        for (ConversionReport.Row row : circular.funnel()) {
            List<Object> cells = new ArrayList<>();
            cells.add(words.market(row.value()));
            FUNNEL.forEach(stage -> cells.add(row.stages().stream().filter(figures -> figures.stage() == stage)
                                                 .findFirst().map(figures -> String.valueOf(figures.entered()))
                                                 .orElse("0")));
            cells.add(ReportWords.percent(row.winRate()));
            table.row(cells.toArray());
        }
        return section("report.circular.funnel", table.orWhenEmpty(words.t("report.circular.noFunnel")));
    }

    Component redProjects(Circular circular) {
        StackedTable table = new StackedTable("circular-red-projects", List.of(
                words.t("report.dispatch.company"), words.t("report.dispatch.leader"),
                words.t("report.dispatch.department"), words.t("report.dispatch.stage"),
                words.t("report.circular.problems")));
        for (KeyProjectRow row : circular.redProjects()) {
            table.row(new Anchor("key-projects/" + row.year() + "/" + row.leadId(), row.company()),
                      words.person(row.leader()), words.department(row.department()), words.stage(row.stage()),
                      words.t("report.circular.problemCounts", row.openProblems(), row.overdueProblems(),
                              row.redProblems()));
        }
        return section("report.circular.redProjects", table.orWhenEmpty(words.t("report.circular.noRedProjects")));
    }

    Component redProblems(Circular circular) {
        StackedTable table = new StackedTable("circular-red-problems", List.of(
                words.t("report.circular.problem"), words.t("report.dispatch.company"),
                words.t("report.dispatch.department"), words.t("report.circular.dueOn"),
                words.t("report.circular.daysOverdue")));
        for (ProblemRow row : circular.redProblems()) {
            Span card = new Span(words.t("supervision.card." + Escalation.RED.name()));
            card.addClassNames("light-badge", "card-red");
            Div problem = new Div(card, new Span(row.description()));
            table.row(problem, row.company(), words.department(row.department()), words.date(row.dueOn()),
                      String.valueOf(row.daysOverdue()));
        }
        return section("report.circular.redProblems", table.orWhenEmpty(words.t("report.circular.noRedProblems")));
    }

    Component rankings(Circular circular) {
        Div rankings = new Div(new H3(words.t("report.circular.rankings")));
        rankings.addClassName("circular-rankings");
        rankings.add(ranking("report.circular.byOwner", circular.byOwner(), this::signed));
        rankings.add(ranking("report.circular.byAmbassador", circular.byAmbassador(), this::signed));
        rankings.add(ranking("report.circular.byDepartment", circular.byDepartment(),
                             rank -> words.t("report.circular.onTime", rank.count(), rank.of(),
                                             ReportWords.percent(rank.share()))));
        return rankings;
    }

    private String signed(Circular.Rank rank) {
        return words.t("report.circular.signed", rank.count(), words.wan(rank.amountWan()));
    }

    private Component ranking(String title, List<Circular.Rank> ranks, Function<Circular.Rank, String> figure) {
        StackedTable table = new StackedTable("circular-ranking", List.of(
                words.t("report.circular.place"), words.t("report.circular.name"), words.t("report.circular.result")));
        ranks.forEach(rank -> table.row(String.valueOf(rank.place()), rank.name(), figure.apply(rank)));
        Div part = new Div(new H4(words.t(title)), table.orWhenEmpty(words.t("report.circular.noRanking")));
        part.addClassName("circular-ranking-part");
        return part;
    }

    private Component section(String title, Component body) {
        Div section = new Div(new H3(words.t(title)), body);
        section.addClassName("circular-section");
        return section;
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, 4, java.math.RoundingMode.HALF_UP);
    }
}
