package org.zhaoshang.crm.report.document;

import java.util.List;

/**
 * A section of a report: a heading, a table (a header row, then rows of cells) and an optional note under it. Word
 * writes the sections one after the other; Excel one sheet each.
 *
 * @param sheetName the Excel sheet's name (at most 31 characters)
 * @param widths    each column's relative width
 */
record Section(String title, String sheetName, List<String> headers, List<Integer> widths, List<List<Cell>> rows,
               String note) {

    Section {
        if (headers.size() != widths.size() || rows.stream().anyMatch(row -> row.size() != headers.size())) {
            throw new IllegalArgumentException("every row of section " + title + " has one cell per column");
        }
    }
}
