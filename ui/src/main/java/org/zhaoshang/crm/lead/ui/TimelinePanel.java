package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.zhaoshang.crm.lead.api.query.LeadHistory;
import org.zhaoshang.crm.lead.api.query.LeadHistoryEntry;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.Translations;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** Every fact of the lead, newest first: when it was recorded, when it happened, who, what, and what it changed. */
class TimelinePanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final Grid<LeadHistoryEntry> grid = new Grid<>();
    private final Function<String, String> ambassadorName;

    /** With the names of ambassadors and partners, who are named by their id in the lead's facts. */
    TimelinePanel(Function<String, String> ambassadorName) {
        this.ambassadorName = ambassadorName;
        grid.addColumn(entry -> BureauFormats.date(entry.recordedAt().atZone(BureauTime.ZONE).toLocalDate(),
                                                   getLocale()) + " "
                                + TIME.format(entry.recordedAt().atZone(BureauTime.ZONE)))
            .setHeader(getTranslation("lead.timeline.recordedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.occurredOn() == null ? "" : BureauFormats.date(entry.occurredOn(), getLocale()))
            .setHeader(getTranslation("lead.timeline.occurredOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LeadHistoryEntry::actor).setHeader(getTranslation("lead.timeline.actor")).setAutoWidth(true)
            .setFlexGrow(0);
        grid.addColumn(entry -> Translations.first(getLocale(), "event." + entry.type()).orElse(entry.type()))
            .setHeader(getTranslation("lead.timeline.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::changes).setHeader(getTranslation("lead.timeline.changes")).setFlexGrow(1)
            .setKey("changes");
        grid.addClassName("timeline-grid");
        grid.setSizeFull();
        setSizeFull();
        add(grid);
    }

    void show(LeadHistory history) {
        grid.setItems(history.events());
    }

    /** What the entry changed, a line each, in the user's words. */
    List<String> lines(LeadHistoryEntry entry) {
        return new TimelineWording(getLocale(), Function.identity(), ambassadorName).lines(entry);
    }

    private Div changes(LeadHistoryEntry entry) {
        Div changes = new Div();
        changes.addClassName("timeline-changes");
        lines(entry).forEach(line -> changes.add(new Div(line)));
        return changes;
    }
}
