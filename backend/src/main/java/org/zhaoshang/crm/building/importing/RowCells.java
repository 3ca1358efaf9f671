package org.zhaoshang.crm.building.importing;

import org.zhaoshang.crm.importing.api.ImportMessage;
import org.zhaoshang.crm.importing.values.Amounts;
import org.zhaoshang.crm.importing.values.Dates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** One row's cells read by their columns, with what was wrong in them (error) or worth knowing (warning). */
final class RowCells {

    /** Units a sheet writes after an area or a rent: 3,000㎡, 3000 m², 3000平方米, 5.5元/㎡/天. */
    private static final Pattern AREA_OR_RENT_UNITS = Pattern.compile(
            "[,，\\s]|㎡|m²|m2|平方米|平米|sqm|sq m|元/㎡/天|元/m²/天|元/m2/天|元/平方米/天|元/平米/天|元|/天|/day|yuan",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final int MAX_NUMBER_LENGTH = 20;

    private final int row;
    private final List<String> cells;
    private final Map<BuildingColumn, Integer> columns;
    private final List<String> headers;
    private final List<ImportMessage> messages = new ArrayList<>();

    RowCells(int row, List<String> cells, Map<BuildingColumn, Integer> columns, List<String> headers) {
        this.row = row;
        this.cells = cells;
        this.columns = columns;
        this.headers = headers;
    }

    int row() {
        return row;
    }

    /** The cell's text, stripped; null when the column is not in the sheet or the cell is blank. */
    String text(BuildingColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.size()) {
            return null;
        }
        String text = cells.get(index).strip();
        return text.isEmpty() ? null : text;
    }

    /** The header of the column, or null when the sheet has none for it. */
    String header(BuildingColumn column) {
        Integer index = columns.get(column);
        return index == null ? null : headers.get(index);
    }

    /** A whole number (floors, position, year): 12, 12层, 2026年, 3月 read as their digits. */
    Integer whole(BuildingColumn column, String what) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s层楼年月fF/]", "").replace("－", "-");
        if (!WHOLE.matcher(digits).matches()) {
            error(column, null, "number", "\"" + text + "\" is no " + what);
            return null;
        }
        return Integer.parseInt(digits);
    }

    /** An area in m² or a rent in yuan per m² per day, with or without its unit. */
    BigDecimal decimal(BuildingColumn column, String what) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String digits = AREA_OR_RENT_UNITS.matcher(text).replaceAll("");
        try {
            if (digits.length() > MAX_NUMBER_LENGTH) {
                throw new NumberFormatException("too long");
            }
            return new BigDecimal(digits);
        } catch (NumberFormatException unreadable) {
            error(column, null, "number", "\"" + text + "\" is no " + what);
            return null;
        }
    }

    /** An amount in 万元: 1.2亿, 3,000万元, 850 (a bare number is 万元). */
    BigDecimal wan(BuildingColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            var amount = Amounts.read(text, Map.of());
            if (amount.approximate()) {
                error(column, null, "approximate", "\"" + text + "\" is approximate: the tax is recorded exactly");
                return null;
            }
            return amount.wan();
        } catch (IllegalArgumentException unreadable) {
            error(column, null, "amount", "\"" + text + "\" is no amount in 万元: " + unreadable.getMessage());
            return null;
        }
    }

    LocalDate day(BuildingColumn column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Dates.read(text);
        } catch (IllegalArgumentException unreadable) {
            error(column, null, "date", "\"" + text + "\" is no day: " + unreadable.getMessage());
            return null;
        }
    }

    /** The cell read as one of a few values; an unknown word is an error naming the words known. */
    <V> V word(BuildingColumn column, Function<String, java.util.Optional<V>> reading, String known) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        var value = reading.apply(text);
        if (value.isEmpty()) {
            error(column, null, "unknown", "\"" + text + "\" is unknown: write " + known);
            return null;
        }
        return value.get();
    }

    void error(BuildingColumn column, String field, String rule, String message) {
        messages.add(new ImportMessage(column == null ? null : header(column), field, rule, message, true));
    }

    void warning(BuildingColumn column, String field, String rule, String message) {
        messages.add(new ImportMessage(column == null ? null : header(column), field, rule, message, false));
    }

    boolean hasErrors() {
        return messages.stream().anyMatch(ImportMessage::error);
    }

    List<ImportMessage> messages() {
        return messages;
    }
}
