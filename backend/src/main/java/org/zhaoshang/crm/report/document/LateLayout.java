package org.zhaoshang.crm.report.document;

import org.zhaoshang.crm.report.api.LateFact;

import java.util.List;

/** The closing section of a report asked for with late facts: what happened in the period but was recorded after. */
final class LateLayout {

    private LateLayout() {
    }

    static Section section(List<LateFact> late, String number, ReportWords words) {
        List<List<Cell>> rows = late.stream()
                                    .map(fact -> List.of(Cell.day(fact.happenedOn()), Cell.day(fact.recordedOn()),
                                                         Cell.text(fact.company()),
                                                         Cell.text(words.of("signal", fact.signal())),
                                                         Cell.text(fact.summary())))
                                    .toList();
        return new Section(words.text("late.section", number), words.text("late.sheet"),
                           words.headers("late.col.", "happened", "recorded", "project", "signal", "summary"),
                           List.of(13, 13, 24, 14, 36), rows, null);
    }
}
