package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.zhaoshang.crm.lead.api.value.FieldChange;
import org.zhaoshang.crm.lead.api.query.LeadHistory;
import org.zhaoshang.crm.lead.api.query.LeadHistoryEntry;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.Translations;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

/** Every fact of the lead, newest first: when it was recorded, when it happened, who, what, and what it changed. */
class TimelinePanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Set<String> MEMBERS = Set.of("activities", "contacts", "followUps");
    /** Fields whose values are translated, by the end of their name: the key prefix of their values. */
    private static final Map<String, String> ENUM_KEYS = Map.of("stage", "stage.", "status", "status.",
                                                                "activities.type", "activity.",
                                                                "priority", "priority.", "targetZone", "zone.",
                                                                "market", "market.");

    final Grid<LeadHistoryEntry> grid = new Grid<>();

    TimelinePanel() {
        grid.setEmptyStateText(getTranslation("empty.timeline"));
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
        grid.addComponentColumn(this::changes).setHeader(getTranslation("lead.timeline.changes")).setFlexGrow(1);
        grid.setSizeFull();
        setSizeFull();
        add(grid);
    }

    void show(LeadHistory history) {
        grid.setItems(history.events());
    }

    private Div changes(LeadHistoryEntry entry) {
        Div changes = new Div();
        changes.addClassName("timeline-changes");
        for (FieldChange change : entry.changes()) {
            String field = field(change.field());
            changes.add(new Div(Translations.first(getLocale(), "field." + field).orElse(field) + ": "
                                + value(field, change.before()) + " → " + value(field, change.after())));
        }
        return changes;
    }

    /** The field without the member's id: {@code activities.<id>.summary} is {@code activities.summary}. */
    private static String field(String path) {
        String[] parts = path.split("\\.");
        return parts.length > 2 && MEMBERS.contains(parts[0]) ? parts[0] + "." + parts[parts.length - 1] : path;
    }

    private String value(String field, Object value) {
        if (value == null) {
            return "—";
        }
        String enumKey = ENUM_KEYS.entrySet().stream().filter(known -> field.endsWith(known.getKey()))
                                  .map(Map.Entry::getValue).findFirst().orElse(null);
        return enumKey == null ? value.toString()
                               : Translations.first(getLocale(), enumKey + value).orElse(value.toString());
    }
}
