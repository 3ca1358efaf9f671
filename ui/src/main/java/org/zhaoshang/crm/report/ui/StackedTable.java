package org.zhaoshang.crm.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/**
 * A table as a report prints it; on a phone each row becomes a card whose cells carry their column's name (the
 * theme's {@code report-table} rules read it from {@code data-label}).
 */
final class StackedTable extends Div {

    private final List<String> headers;
    private final NativeTable table = new NativeTable();
    private final NativeTableBody body;
    private int rows;

    StackedTable(String className, List<String> headers) {
        this.headers = headers;
        addClassNames("report-table-wrap", className);
        table.addClassName("report-table");
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(header -> head.addHeaderCell().setText(header));
        body = table.addBody();
        add(table);
    }

    /** A row of cells in the columns' order: a text or a component (null: a dash). */
    NativeTableRow row(Object... cells) {
        NativeTableRow row = body.addRow();
        for (int column = 0; column < cells.length; column++) {
            NativeTableCell cell = row.addDataCell();
            cell.getElement().setAttribute("data-label", headers.get(column));
            Object content = cells[column];
            if (content instanceof Component component) {
                cell.add(component);
            } else {
                cell.add(new Span(content == null ? "—" : content.toString()));
            }
        }
        rows++;
        return row;
    }

    int rowCount() {
        return rows;
    }

    /** The table, or a sentence saying there is nothing, when it has no rows. */
    Component orWhenEmpty(String nothing) {
        if (rows > 0) {
            return this;
        }
        Div empty = new Div(nothing);
        empty.addClassName("report-empty");
        return empty;
    }
}
