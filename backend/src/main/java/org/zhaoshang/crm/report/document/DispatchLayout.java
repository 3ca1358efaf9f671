package org.zhaoshang.crm.report.document;

import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.supervision.api.query.ProjectPromise;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The weekly dispatch laid out: a landscape table of the key projects (changes against last week marked, light in
 * words with its reasons, the week's progress, open problems, next steps, capital promised against verified), the
 * projects that stopped being key, and the facts recorded late when the content has them.
 */
final class DispatchLayout {

    private static final String LINE = "\n";

    private DispatchLayout() {
    }

    static ReportLayout of(Dispatch dispatch, ReportWords words, ReportNames names) {
        List<Section> sections = new ArrayList<>();
        sections.add(rows(dispatch, words, names));
        sections.add(stopped(dispatch, words));
        if (!dispatch.late().isEmpty()) {
            sections.add(LateLayout.section(dispatch.late(), words.number(3), words));
        }
        String asKnown = words.text(dispatch.late().isEmpty() ? "asKnown" : "asKnown.late", words.day(dispatch.from()),
                                    words.day(dispatch.to()));
        return new ReportLayout(words.text("dispatch.title", String.valueOf(dispatch.week().year()),
                                           String.valueOf(dispatch.week().week())),
                                asKnown, true, words.language(), sections);
    }

    private static Section rows(Dispatch dispatch, ReportWords words, ReportNames names) {
        List<List<Cell>> rows = new ArrayList<>();
        int number = 1;
        for (Dispatch.Row row : dispatch.rows()) {
            ProjectPromise promise = row.promise();
            rows.add(List.of(Cell.count(number++), Cell.text(changes(row, words)),
                             Cell.text(row.company() + LINE + words.text("dispatch.owner", row.ownerName())),
                             Cell.text(row.leaderName()),
                             Cell.text(names.department(row.department(), row.departmentName(), words.language())),
                             Cell.text(stage(row, words)),
                             Cell.text(light(row, words)), Cell.text(progress(row, words)),
                             Cell.text(problems(row, words, names)), Cell.text(nextSteps(row, words)),
                             Cell.wan(promise == null ? null : promise.capitalCommittedWan()),
                             Cell.wan(promise == null ? null : promise.capitalDueWan()),
                             Cell.wan(promise == null ? null : promise.capitalVerifiedWan())));
        }
        return new Section(words.text("dispatch.rows"), words.text("dispatch.rows.sheet"),
                           words.headers("dispatch.col.", "no", "change", "project", "leader", "department", "stage", "light",
                                   "progress", "problems", "next", "committed", "due", "verified"),
                           List.of(6, 6, 16, 8, 10, 10, 16, 17, 18, 16, 9, 8, 9), rows, words.text("dispatch.legend"));
    }

    private static Section stopped(Dispatch dispatch, ReportWords words) {
        List<List<Cell>> rows = dispatch.stopped().stream()
                                        .map(stopped -> List.of(Cell.text(stopped.company()),
                                                                Cell.day(stopped.stoppedOn()),
                                                                Cell.text(stopped.reason())))
                                        .toList();
        return new Section(words.text("dispatch.stopped"), words.text("dispatch.stopped.sheet"),
                           words.headers("dispatch.col.", "company", "stoppedOn", "reason"), List.of(30, 15, 55), rows, null);
    }

    private static String changes(Dispatch.Row row, ReportWords words) {
        return row.changes().stream().sorted().map(change -> words.of("change", change))
                  .collect(Collectors.joining(" "));
    }

    private static String stage(Dispatch.Row row, ReportWords words) {
        String stage = words.of("stage", row.stage());
        return row.stageLastWeek() == null || row.stageLastWeek() == row.stage()
               ? stage : stage + LINE + words.text("dispatch.lastWeek", words.of("stage", row.stageLastWeek()));
    }

    private static String light(Dispatch.Row row, ReportWords words) {
        StringBuilder light = new StringBuilder(words.of("light", row.light()));
        if (!row.reasons().isEmpty()) {
            light.append(LINE).append(words.reasons(row.reasons()));
        }
        if (row.lightLastWeek() != null && row.lightLastWeek() != row.light()) {
            light.append(LINE).append(words.text("dispatch.lastWeek", words.of("light", row.lightLastWeek())));
        }
        return light.toString();
    }

    private static String progress(Dispatch.Row row, ReportWords words) {
        return row.weekProgress().stream()
                  .map(fact -> words.day(fact.on()) + " " + (fact.summary() == null || fact.summary().isBlank()
                                                             ? words.of("signal", fact.signal()) : fact.summary()))
                  .collect(Collectors.joining(LINE));
    }

    private static String problems(Dispatch.Row row, ReportWords words, ReportNames names) {
        return row.openProblems().stream()
                  .map(problem -> {
                      List<String> about = new ArrayList<>(List.of(names.department(problem.department(),
                                                                                    problem.departmentName(),
                                                                                    words.language()),
                                                                   words.of("status", problem.status())));
                      String card = words.of("escalation", problem.escalation());
                      if (!card.isEmpty()) {
                          about.add(card);
                      }
                      return words.text("dispatch.problem", problem.description(),
                                        String.join(words.separator(), about), words.day(problem.dueOn()),
                                        problem.daysOverdue() > 0 ? words.text("dispatch.overdue",
                                                                               problem.daysOverdue()) : "");
                  })
                  .collect(Collectors.joining(LINE));
    }

    private static String nextSteps(Dispatch.Row row, ReportWords words) {
        return row.nextSteps().stream()
                  .map(step -> words.text("dispatch.next", words.day(step.dueOn()), step.text(),
                                          step.whoName() == null ? step.who() : step.whoName()))
                  .collect(Collectors.joining(LINE));
    }
}
