package org.zhaoshang.crm.importing.sheet;

import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded .xlsx or .csv file, after refusing, before any work, what is too large, of another type, empty or
 * of too many rows.
 */
public final class SheetReader {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;

    private SheetReader() {
    }

    public static Sheet read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw refused("empty", "the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused("too-large", "the file has " + content.length + " bytes; at most " + MAX_BYTES
                                       + " (20 MB) are taken");
        }
        List<List<String>> cells;
        try {
            if (name.endsWith(".xlsx")) {
                if (!zip(content)) {
                    throw refused("type", "the file is named .xlsx but is no Excel workbook");
                }
                cells = XlsxCells.read(content, MAX_ROWS + 2);
            } else if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
                if (zip(content) || oldExcel(content)) {
                    throw refused("type", "the file is named " + name.substring(name.lastIndexOf('.'))
                                          + " but is a spreadsheet: name it .xlsx, or save it as CSV");
                }
                cells = CsvCells.read(content, MAX_ROWS + 2);
            } else if (name.endsWith(".xls") || oldExcel(content)) {
                throw refused("type", "old Excel files (.xls) are not read: save the sheet as .xlsx or .csv");
            } else {
                throw refused("type", "only .xlsx and .csv files are read");
            }
        } catch (IOException unreadable) {
            throw refused("unreadable", "the file cannot be read: " + unreadable.getMessage());
        }
        return sheetOf(cells);
    }

    private static Sheet sheetOf(List<List<String>> cells) {
        int first = 0;
        while (first < cells.size() && cells.get(first).stream().allMatch(String::isBlank)) {
            first++;
        }
        if (first == cells.size()) {
            throw refused("empty", "the sheet has no header row");
        }
        List<String> headers = cells.get(first).stream().map(String::strip).toList();
        int width = headers.size();
        while (width > 0 && headers.get(width - 1).isEmpty()) {
            width--;
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : cells.subList(first + 1, cells.size())) {
            List<String> cut = new ArrayList<>(width);
            for (int column = 0; column < width; column++) {
                cut.add(column < row.size() && row.get(column) != null ? row.get(column).strip() : "");
            }
            rows.add(cut);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isEmpty)) {
            rows.remove(rows.size() - 1);
        }
        if (rows.size() > MAX_ROWS) {
            throw refused("too-many-rows", "the sheet has more than " + MAX_ROWS + " rows; split it");
        }
        return new Sheet(headers.subList(0, width), rows);
    }

    private static boolean zip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean oldExcel(byte[] content) {
        return content.length > 3 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF
               && (content[2] & 0xff) == 0x11 && (content[3] & 0xff) == 0xE0;
    }

    static InvalidInputException refused(String rule, String message) {
        return new InvalidInputException(List.of(new FieldViolation("file", rule, message)));
    }
}
