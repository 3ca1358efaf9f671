package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import org.zhaoshang.crm.lead.api.query.LeadHistory;
import org.zhaoshang.crm.lead.api.query.LeadHistoryEntry;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.Translations;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Every fact of the lead, newest first: when it was recorded, when it happened, who, what, and what it changed. On a
 * phone's width one column: each fact headed by when, who and what.
 */
class TimelinePanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int NARROW_PX = 700;

    final Grid<LeadHistoryEntry> grid = new Grid<>();
    private final Function<String, String> ambassadorName;
    private final PeopleDirectory people;
    private boolean narrow;
    private Registration resizes;

    /** With the names of ambassadors and partners, who are named by their id in the lead's facts, and of users. */
    TimelinePanel(Function<String, String> ambassadorName, PeopleDirectory people) {
        this.ambassadorName = ambassadorName;
        this.people = people;
        grid.setEmptyStateText(getTranslation("empty.timeline"));
        grid.addColumn(this::recorded)
            .setHeader(getTranslation("lead.timeline.recordedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.occurredOn() == null ? "" : BureauFormats.date(entry.occurredOn(), getLocale()))
            .setHeader(getTranslation("lead.timeline.occurredOn")).setWidth("9em").setFlexGrow(0);
        grid.addColumn(entry -> people.nameOf(entry.actor())).setHeader(getTranslation("lead.timeline.actor")).setAutoWidth(true)
            .setFlexGrow(0);
        grid.addColumn(this::what)
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
        return new TimelineWording(getLocale(), people::nameOf, ambassadorName).lines(entry);
    }

    private Div changes(LeadHistoryEntry entry) {
        Div changes = new Div();
        changes.addClassName("timeline-changes");
        if (narrow) {
            String happened = entry.occurredOn() == null ? ""
                    : " · " + getTranslation("lead.timeline.occurredOn") + " "
                      + BureauFormats.date(entry.occurredOn(), getLocale());
            Div head = new Div(recorded(entry) + " · " + people.nameOf(entry.actor()) + " · " + what(entry) + happened);
            head.addClassName("timeline-entry-head");
            changes.add(head);
        }
        lines(entry).forEach(line -> changes.add(new Div(line)));
        return changes;
    }

    private String recorded(LeadHistoryEntry entry) {
        return BureauFormats.date(entry.recordedAt().atZone(BureauTime.ZONE).toLocalDate(), getLocale()) + " "
               + TIME.format(entry.recordedAt().atZone(BureauTime.ZONE));
    }

    private String what(LeadHistoryEntry entry) {
        return Translations.first(getLocale(), "event." + entry.type()).orElse(entry.type());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Page page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        resizes = page.addBrowserWindowResizeListener(resized -> fitTo(resized.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resizes != null) {
            resizes.remove();
        }
    }

    private void fitTo(int windowWidth) {
        boolean fits = windowWidth < NARROW_PX;
        if (fits != narrow) {
            narrow = fits;
            List<Grid.Column<LeadHistoryEntry>> columns = grid.getColumns();
            columns.subList(0, columns.size() - 1).forEach(column -> column.setVisible(!narrow));
            grid.getDataProvider().refreshAll();
        }
    }
}
