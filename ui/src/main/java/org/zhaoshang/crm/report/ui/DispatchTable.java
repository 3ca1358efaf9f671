package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.query.ProjectPromise;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The dispatch's table: a key project a row, most urgent first, with the week's progress, open problems, next steps,
 * promised against actual and what changed against the week before, marked in words.
 */
final class DispatchTable {

    private final ReportWords words;

    DispatchTable(ReportWords words) {
        this.words = words;
    }

    StackedTable of(List<Dispatch.Row> rows) {
        StackedTable table = new StackedTable("dispatch-table", List.of(
                words.t("report.dispatch.company"), words.t("report.dispatch.leader"),
                words.t("report.dispatch.department"), words.t("report.dispatch.stage"),
                words.t("report.dispatch.light"), words.t("report.dispatch.progress"),
                words.t("report.dispatch.problems"), words.t("report.dispatch.nextSteps"),
                words.t("report.dispatch.promise"), words.t("report.dispatch.changes")));
        for (Dispatch.Row row : rows) {
            Anchor company = new Anchor("key-projects/" + row.year() + "/" + row.leadId(), row.company());
            company.addClassName("report-company");
            table.row(company, row.leaderName(), row.departmentName(), words.stage(row.stage()),
                      words.light(row.light()), progress(row), problems(row), nextSteps(row), promise(row.promise()),
                      changes(row))
                 .addClassName("light-row-" + (row.light() == null ? "none"
                                                : row.light().name().toLowerCase(Locale.ROOT)));
        }
        return table;
    }

    private Component progress(Dispatch.Row row) {
        return list(row.weekProgress(), fact -> words.day(fact.on()) + " " + fact.summary(),
                    words.t("report.dispatch.noProgress"));
    }

    private Component problems(Dispatch.Row row) {
        return list(row.openProblems(), problem -> {
            String overdue = problem.daysOverdue() > 0 ? words.t("report.dispatch.overdue", problem.daysOverdue())
                                                       : "";
            String card = problem.escalation() == null || problem.escalation() == Escalation.NONE ? ""
                          : words.t("report.dispatch.card", words.t("supervision.card." + problem.escalation().name()));
            return words.t("report.dispatch.problem", problem.description(), problem.departmentName(), overdue, card);
        }, words.t("report.dispatch.noProblems"));
    }

    private Component nextSteps(Dispatch.Row row) {
        return list(row.nextSteps(), step -> step.whoName() == null
                                             ? words.day(step.dueOn()) + " " + step.text()
                                             : words.t("report.dispatch.step", words.day(step.dueOn()), step.text(),
                                                       step.whoName()), "—");
    }

    private String promise(ProjectPromise promise) {
        if (promise == null) {
            return words.t("report.dispatch.notSigned");
        }
        return words.t("report.dispatch.promiseFigures", words.wan(promise.capitalVerifiedWan()),
                       words.wan(promise.capitalDueWan()), words.wan(promise.capitalCommittedWan()));
    }

    private Component changes(Dispatch.Row row) {
        Div marks = new Div();
        marks.addClassName("change-marks");
        row.changes().stream().sorted().forEach(change -> {
            Span mark = new Span(words.t("report.change." + change.name()));
            mark.addClassNames("change-mark", "change-" + change.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            marks.add(mark);
        });
        if (row.changes().isEmpty()) {
            marks.add(new Span("—"));
        }
        return marks;
    }

    private static <T> Component list(List<T> items, Function<T, String> text, String none) {
        if (items == null || items.isEmpty()) {
            Span nothing = new Span(none);
            nothing.addClassName("report-none");
            return nothing;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("report-list");
        items.forEach(item -> list.add(new ListItem(text.apply(item))));
        return list;
    }

    /** Lists of anything in a cell, for the circular too. */
    static <T> Component listOf(List<T> items, Function<T, String> text, String none) {
        return list(items, text, none);
    }
}
