package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.zhaoshang.crm.report.api.LateFact;

import java.util.List;

/** The facts of a period recorded after its end: the note a report carries when asked for. */
final class LateFacts {

    private final ReportWords words;

    LateFacts(ReportWords words) {
        this.words = words;
    }

    Component of(List<LateFact> late) {
        Div section = new Div(new H3(words.t("report.late.title")));
        section.addClassName("late-facts");
        section.add(DispatchTable.listOf(late, fact -> words.t(
                "report.late.item", words.date(fact.happenedOn()), words.date(fact.recordedOn()), fact.company(),
                fact.summary()), words.t("report.late.none")));
        return section;
    }
}
