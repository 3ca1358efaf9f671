package org.zhaoshang.crm.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.zhaoshang.crm.ambassador.ui.AmbassadorsView;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.value.MessagingApp;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The fixed lists every lead is described with, by code with their Chinese and English names (what API callers and
 * spreadsheets use), and a way to the list kept here: the ambassadors and partners.
 */
class ReferenceListsPanel extends VerticalLayout {

    /** One value of one list. */
    record Entry(String list, String code, String translationKey) {
    }

    private static final List<Entry> ENTRIES = Stream.of(
            entries("market", SourceMarket.values()), entries("channel", Channel.values()),
            entries("stage", Stage.values()), entries("industry", Industry.values()),
            entries("zone", TargetZone.values()), entries("loss", LossReason.values()),
            entries("activity", ActivityType.values()), entries("messaging", MessagingApp.values()))
            .flatMap(List::stream).toList();

    final Grid<Entry> grid = new Grid<>();

    ReferenceListsPanel() {
        grid.setEmptyStateText(getTranslation("empty.referenceEntries"));
        RouterLink ambassadors = new RouterLink(getTranslation("admin.reference.ambassadors"), AmbassadorsView.class);
        grid.addColumn(entry -> getTranslation("admin.reference.list." + entry.list()))
            .setHeader(getTranslation("admin.reference.list")).setAutoWidth(true);
        grid.addColumn(Entry::code).setHeader(getTranslation("admin.reference.code")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation(Locale.SIMPLIFIED_CHINESE, entry.translationKey())).setKey("zh")
            .setHeader("中文");
        grid.addColumn(entry -> getTranslation(Locale.ENGLISH, entry.translationKey())).setKey("en")
            .setHeader("English");
        grid.setItems(ENTRIES);
        grid.setSizeFull();
        setSizeFull();
        add(new Paragraph(getTranslation("admin.reference.help")), ambassadors, grid);
    }

    private static List<Entry> entries(String list, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> new Entry(list, value.name(), list + "." + value.name())).toList();
    }
}
