package org.zhaoshang.crm.report.document;

import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.performance.api.Figure;
import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly circular laid out: targets against what was signed and verified, the signed projects' rates, the
 * month's funnel by market, red projects, red problems, the three rankings, and the facts recorded late when the
 * content has them.
 */
final class CircularLayout {

    private static final int SHARE_SCALE = 4;

    private CircularLayout() {
    }

    static ReportLayout of(Circular circular, ReportWords words, ReportNames names) {
        List<Section> sections = new ArrayList<>(List.of(
                targets(circular.targets(), words), rates(circular, words), funnel(circular.funnel(), words),
                redProjects(circular.redProjects(), words, names), redProblems(circular.redProblems(), words, names),
                ranking(circular.byOwner(), "circular.byOwner", words),
                ranking(circular.byAmbassador(), "circular.byAmbassador", words),
                departments(circular.byDepartment(), words, names)));
        if (!circular.late().isEmpty()) {
            sections.add(LateLayout.section(circular.late(), words.number(9), words));
        }
        String asKnown = words.text(circular.late().isEmpty() ? "asKnown" : "asKnown.late", words.day(circular.from()),
                                    words.day(circular.to()));
        return new ReportLayout(words.text("circular.title", words.month(circular.month())), asKnown, false,
                                words.language(), sections);
    }

    private static Section targets(Circular.Targets targets, ReportWords words) {
        YearTargets set = targets.targets();
        Integer projectsTarget = set == null ? null : set.signedProjects();
        BigDecimal investmentTarget = set == null ? null : set.signedInvestmentWan();
        List<List<Cell>> rows = List.of(
                List.of(Cell.text(words.text("circular.signedProjects")),
                        projectsTarget == null ? Cell.EMPTY : Cell.count(projectsTarget),
                        Cell.count(targets.signedInMonth()), Cell.count(targets.signedInYear()),
                        Cell.share(share(BigDecimal.valueOf(targets.signedInYear()),
                                         projectsTarget == null ? null : BigDecimal.valueOf(projectsTarget)))),
                List.of(Cell.text(words.text("circular.reportedInvestment")), Cell.wan(investmentTarget),
                        Cell.wan(targets.reportedInvestmentWanMonth()), Cell.wan(targets.reportedInvestmentWan()),
                        Cell.share(share(targets.reportedInvestmentWan(), investmentTarget))),
                List.of(Cell.text(words.text("circular.verifiedCapital")), Cell.EMPTY, Cell.EMPTY,
                        Cell.wan(targets.verifiedCapitalWan()), Cell.EMPTY));
        return new Section(words.text("circular.targets"), words.text("circular.targets.sheet"),
                           words.headers("circular.col.", "indicator", "target", "month", "year", "completion"),
                           List.of(34, 17, 17, 17, 15), rows, null);
    }

    private static Section rates(Circular circular, ReportWords words) {
        List<List<Cell>> rows = new ArrayList<>();
        String note = null;
        if (circular.rates() != null) {
            for (Figure figure : circular.rates().figures()) {
                boolean amount = figure.rate() == Rate.CAPITAL_ARRIVAL_AMOUNT;
                rows.add(List.of(Cell.text(words.of("rate", figure.rate())), amount ? Cell.wan(figure.numerator())
                                                                                    : count(figure.numerator()),
                                 amount ? Cell.wan(figure.denominator()) : count(figure.denominator()),
                                 Cell.share(figure.value())));
            }
            note = words.text("circular.rates.note", String.valueOf(circular.targets().year()),
                              circular.rates().projects());
        }
        return new Section(words.text("circular.rates"), words.text("circular.rates.sheet"),
                           words.headers("circular.col.", "rate", "numerator", "denominator", "value"),
                           List.of(40, 20, 20, 20), rows, note);
    }

    private static Section funnel(List<ConversionReport.Row> funnel, ReportWords words) {
        List<String> headers = new ArrayList<>(List.of(words.text("circular.col.market")));
        List<Integer> widths = new ArrayList<>(List.of(16));
        for (Stage stage : Stage.values()) {
            headers.add(words.of("stage", stage));
            widths.add(10);
        }
        headers.add(words.text("circular.col.winRate"));
        widths.add(12);
        List<List<Cell>> rows = new ArrayList<>();
        for (ConversionReport.Row row : funnel) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(words.market(row.value()))));
            for (Stage stage : Stage.values()) {
                cells.add(Cell.count(row.stages().stream().filter(figures -> figures.stage() == stage)
                                        .mapToLong(ConversionReport.StageFigures::entered).sum()));
            }
            cells.add(Cell.share(row.winRate()));
            rows.add(cells);
        }
        return new Section(words.text("circular.funnel"), words.text("circular.funnel.sheet"), headers, widths, rows,
                           words.text("circular.funnel.note"));
    }

    private static Section redProjects(List<KeyProjectRow> red, ReportWords words, ReportNames names) {
        List<List<Cell>> rows = new ArrayList<>();
        int number = 1;
        for (KeyProjectRow row : red) {
            rows.add(List.of(Cell.count(number++), Cell.text(row.company()), Cell.text(names.person(row.leader())),
                             Cell.text(names.department(row.department(), null, words.language())),
                             Cell.text(words.of("stage", row.stage())), Cell.text(words.reasons(row.reasons())),
                             Cell.count(row.daysWithoutProgress())));
        }
        return new Section(words.text("circular.redProjects"), words.text("circular.redProjects.sheet"),
                           words.headers("circular.col.", "no", "project", "leader", "department", "stage", "reasons",
                                         "daysWithoutProgress"),
                           List.of(6, 20, 11, 14, 11, 26, 12), rows, null);
    }

    private static Section redProblems(List<ProblemRow> red, ReportWords words, ReportNames names) {
        List<List<Cell>> rows = new ArrayList<>();
        int number = 1;
        for (ProblemRow problem : red) {
            rows.add(List.of(Cell.count(number++), Cell.text(problem.company()), Cell.text(problem.description()),
                             Cell.text(names.department(problem.department(), null, words.language())),
                             Cell.day(problem.dueOn()), Cell.count(problem.daysOverdue()),
                             Cell.text(words.of("status", problem.status()))));
        }
        return new Section(words.text("circular.redProblems"), words.text("circular.redProblems.sheet"),
                           words.headers("circular.col.", "no", "project", "problem", "department", "dueOn",
                                         "daysOverdue", "status"),
                           List.of(6, 18, 30, 14, 13, 10, 9), rows, null);
    }

    private static Section ranking(List<Circular.Rank> ranks, String key, ReportWords words) {
        List<List<Cell>> rows = ranks.stream()
                                     .map(rank -> List.of(Cell.count(rank.place()), Cell.text(rank.name()),
                                                          Cell.count(rank.count()), Cell.count(rank.of()),
                                                          Cell.wan(rank.amountWan())))
                                     .toList();
        return new Section(words.text(key), words.text(key + ".sheet"),
                           words.headers("circular.col.", "place", "name", "signed", "worked", "amount"),
                           List.of(10, 36, 16, 16, 22), rows, null);
    }

    private static Section departments(List<Circular.Rank> ranks, ReportWords words, ReportNames names) {
        List<List<Cell>> rows = ranks.stream()
                                     .map(rank -> List.of(Cell.count(rank.place()), Cell.text(
                                                                  names.department(rank.key(), rank.name(),
                                                                                   words.language())),
                                                          Cell.count(rank.count()), Cell.count(rank.of()),
                                                          Cell.share(rank.share())))
                                     .toList();
        return new Section(words.text("circular.byDepartment"), words.text("circular.byDepartment.sheet"),
                           words.headers("circular.col.", "place", "departmentName", "onTime", "due", "share"),
                           List.of(10, 36, 18, 18, 18), rows, null);
    }

    private static Cell count(BigDecimal value) {
        return value == null ? Cell.EMPTY : Cell.count(value.longValue());
    }

    private static BigDecimal share(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null || target.signum() <= 0) {
            return null;
        }
        return actual.divide(target, SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
