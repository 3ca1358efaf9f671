package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.FindDispatchQuery;
import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.report.api.ReportKind;

import java.time.LocalDate;
import java.util.List;

/** The weekly dispatch on screen: a week picked by stepping, the table, what stopped, late facts when asked for. */
final class DispatchPanel extends VerticalLayout {

    final PeriodPicker<IsoWeek> week;
    final Checkbox withLate = new Checkbox();
    final Downloads downloads;
    final Div content = new Div();
    private final QueryGateway queries;
    private final ReportWords words;
    /** The dispatch shown (tests). */
    Dispatch shown;

    DispatchPanel(QueryGateway queries, ReportWords words, LocalDate today) {
        this.queries = queries;
        this.words = words;
        addClassName("dispatch-panel");
        setPadding(false);
        // this week so far first: the week a dispatch meeting talks about; the finished ones a step back
        week = new PeriodPicker<>(IsoWeek.of(today), IsoWeek::previous,
                                  w -> IsoWeek.of(w.lastDay().plusDays(1)),
                                  w -> words.week(w) + words.soFar(w.lastDay(), today),
                                  words.t("report.week.previous"), words.t("report.week.next"), chosen -> refresh());
        withLate.setLabel(words.t("report.withLate"));
        withLate.addValueChangeListener(change -> refresh());
        downloads = new Downloads(words);
        add(ReportBar.of(week, withLate, downloads), ReportBar.content(content));
    }

    void show(IsoWeek period) {
        week.set(period);
        refresh();
    }

    void refresh() {
        IsoWeek period = week.value();
        downloads.point(ReportKind.DISPATCH.name(), "week", period.toString(), withLate.getValue(),
                        words.language());
        shown = queries.query(new FindDispatchQuery(period, withLate.getValue()),
                              ResponseTypes.instanceOf(Dispatch.class)).join();
        content.removeAll();
        if (shown == null) {
            return;
        }
        content.add(new Paragraph(words.t("report.dispatch.summary", shown.rows().size(),
                                          words.date(shown.to()))));
        content.add(new DispatchTable(words).of(shown.rows()).orWhenEmpty(words.t("report.dispatch.none")));
        if (!shown.stopped().isEmpty()) {
            content.add(new H3(words.t("report.dispatch.stopped")));
            content.add(DispatchTable.listOf(shown.stopped(), stopped -> words.t(
                    "report.dispatch.stoppedItem", stopped.company(), words.date(stopped.stoppedOn()),
                    stopped.reason() == null ? "—" : stopped.reason()), ""));
        }
        if (withLate.getValue()) {
            content.add(new LateFacts(words).of(shown.late()));
        }
    }

    List<Dispatch.Row> rows() {
        return shown == null ? List.of() : shown.rows();
    }
}
