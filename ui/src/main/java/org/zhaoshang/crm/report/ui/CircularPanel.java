package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.FindCircularQuery;
import org.zhaoshang.crm.report.api.ReportKind;

import java.time.LocalDate;
import java.time.YearMonth;

/** The monthly circular on screen: a month picked by stepping, its sections, late facts when asked for. */
final class CircularPanel extends VerticalLayout {

    final PeriodPicker<YearMonth> month;
    final Checkbox withLate = new Checkbox();
    final Downloads downloads;
    final Div content = new Div();
    private final QueryGateway queries;
    private final ReportWords words;
    /** The circular shown (tests). */
    Circular shown;

    CircularPanel(QueryGateway queries, ReportWords words, LocalDate today) {
        this.queries = queries;
        this.words = words;
        addClassName("circular-panel");
        setPadding(false);
        month = new PeriodPicker<>(YearMonth.from(today), m -> m.minusMonths(1), m -> m.plusMonths(1),
                                   m -> words.month(m) + words.soFar(m.atEndOfMonth(), today),
                                   words.t("report.month.previous"),
                                   words.t("report.month.next"), chosen -> refresh());
        withLate.setLabel(words.t("report.withLate"));
        withLate.addValueChangeListener(change -> refresh());
        downloads = new Downloads(words);
        add(ReportBar.of(month, withLate, downloads), ReportBar.content(content));
    }

    void refresh() {
        YearMonth period = month.value();
        downloads.point(ReportKind.CIRCULAR.name(), "month", period.toString(), withLate.getValue(),
                        words.language());
        shown = queries.query(new FindCircularQuery(period, withLate.getValue()),
                              ResponseTypes.instanceOf(Circular.class)).join();
        content.removeAll();
        if (shown == null) {
            return;
        }
        CircularSections sections = new CircularSections(words);
        content.add(sections.targets(shown), sections.rates(shown), sections.funnel(shown),
                    sections.redProjects(shown), sections.redProblems(shown), sections.rankings(shown));
        if (withLate.getValue()) {
            content.add(new LateFacts(words).of(shown.late()));
        }
    }
}
