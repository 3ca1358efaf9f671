package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.zhaoshang.crm.lead.api.query.LeadImportRecords;
import org.zhaoshang.crm.lead.api.value.SheetCell;
import org.zhaoshang.crm.ui.BureauFormats;

import java.util.List;

/**
 * The rows of the bureau's sheets the lead was imported from, as far as its fields did not take them: each row's
 * remarks (the bureau's internal note) and its other columns, each under its header, so that nothing the bureau
 * typed is lost. For the bureau alone: the lead view adds it only for staff and managers.
 */
class SheetRowsPanel extends VerticalLayout {

    SheetRowsPanel() {
        addClassName("sheet-rows");
        setPadding(false);
    }

    void show(LeadImportRecords records) {
        removeAll();
        records.records().forEach(this::add);
    }

    private void add(LeadImportRecords.SheetRow record) {
        Div row = new Div();
        row.addClassName("sheet-row");
        row.getStyle().set("margin-bottom", "var(--lumo-space-l)");
        row.add(new H4(getTranslation("lead.sheet.record", record.file(), String.valueOf(record.row()),
                                      BureauFormats.date(record.importedOn(), getLocale()))));
        cells(row, "lead.sheet.remarks", "sheet-remark", record.remarks());
        cells(row, "lead.sheet.otherColumns", "sheet-other-column", record.otherColumns());
        add(row);
    }

    private void cells(Div row, String titleKey, String className, List<SheetCell> cells) {
        if (cells.isEmpty()) {
            return;
        }
        Div title = new Div(getTranslation(titleKey));
        title.addClassName("sheet-cells-title");
        title.getStyle().set("margin-top", "var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)")
             .set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
        row.add(title);
        for (SheetCell cell : cells) {
            Span header = new Span(cell.header() + (getLocale().getLanguage().equals("zh") ? "：" : ": "));
            header.addClassName("sheet-cell-header");
            header.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Span text = new Span(cell.text());
            text.addClassName("sheet-cell-text");
            Div line = new Div(header, text);
            line.addClassNames("sheet-cell", className);
            line.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            row.add(line);
        }
    }
}
