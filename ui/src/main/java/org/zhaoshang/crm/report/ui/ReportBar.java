package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** What both report panels show above their content: the period, "with late facts" and the downloads. */
final class ReportBar {

    private ReportBar() {
    }

    static FlexLayout of(Component period, Component withLate, Downloads downloads) {
        FlexLayout bar = new FlexLayout(period, withLate, downloads);
        bar.addClassName("report-bar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }

    static Div content(Div content) {
        content.addClassName("report-content");
        content.setWidthFull();
        return content;
    }
}
