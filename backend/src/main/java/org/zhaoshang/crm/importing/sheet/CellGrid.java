package org.zhaoshang.crm.importing.sheet;

import java.util.ArrayList;
import java.util.List;

import static org.zhaoshang.crm.importing.sheet.SheetReader.refused;

/**
 * The cells of a sheet as they are read, refusing at once what is beyond a limit: a value in a row past the rows
 * taken, in a column past {@link SheetReader#MAX_COLUMNS}, longer than {@link SheetReader#MAX_CELL_CHARS}, or more
 * filled cells or characters than a sheet may hold. Blank cells are not kept (a missing cell reads as empty), so
 * formatted but empty rows and columns far out cost nothing, and a gap between rows is never filled beyond the rows
 * taken.
 */
final class CellGrid {

    private final int maxRows;
    private final List<List<String>> rows = new ArrayList<>();
    private List<String> row;
    private int rowIndex;
    private long cells;
    private long characters;

    /** @param maxRows rows taken, header and blank rows included; a value below them refuses the sheet */
    CellGrid(int maxRows) {
        this.maxRows = maxRows;
    }

    /** @param index the row's index in the sheet, from 0 */
    void startRow(int index) {
        rowIndex = index;
        row = new ArrayList<>();
    }

    /** @param column the cell's column, from 0 */
    void cell(int column, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (rowIndex >= maxRows) {
            throw refused("too-many-rows", "the sheet has a value in row " + (rowIndex + 1L) + "; at most "
                                           + SheetReader.MAX_ROWS + " rows are taken: split it");
        }
        if (column >= SheetReader.MAX_COLUMNS || column < 0) {
            throw refused("too-many-columns", "the sheet has a value in column " + (column + 1L) + "; at most "
                                              + SheetReader.MAX_COLUMNS + " columns are read");
        }
        if (value.length() > SheetReader.MAX_CELL_CHARS) {
            throw SheetReader.cellTooLong(rowIndex + 1L);
        }
        cells++;
        characters += value.length();
        if (cells > SheetReader.MAX_FILLED_CELLS || characters > SheetReader.MAX_TEXT_CHARS) {
            throw refused("too-large", "the sheet holds more than " + SheetReader.MAX_FILLED_CELLS
                                       + " filled cells or " + SheetReader.MAX_TEXT_CHARS + " characters");
        }
        while (row.size() < column) {
            row.add("");
        }
        if (row.size() == column) {
            row.add(value);
        } else {
            row.set(column, value);
        }
    }

    void endRow() {
        if (rowIndex >= maxRows || row.isEmpty()) {
            return;
        }
        while (rows.size() < rowIndex) {
            rows.add(List.of());
        }
        if (rows.size() == rowIndex) {
            rows.add(row);
        }
    }

    List<List<String>> rows() {
        return rows;
    }
}
