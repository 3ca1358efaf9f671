package org.zhaoshang.crm.importing.run;

import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.importing.api.ImportMessage;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.command.RecordLeadImportCommand;
import org.zhaoshang.crm.lead.api.value.SheetCell;

import java.util.ArrayList;
import java.util.List;

/**
 * What a row says beyond the lead's fields, so that nothing of the sheet is lost: its remarks (every column mapped
 * to {@link ImportField#REMARKS}) and every other column the lead's fields do not take (unmapped, or a second column
 * of a field mapped before), each with its header, kept with the lead by a {@link RecordLeadImportCommand}. A
 * text longer than the record takes ({@link RecordLeadImportCommand#MAX_REMARK_LENGTH} for a remark,
 * {@link RecordLeadImportCommand#MAX_OTHER_COLUMN_LENGTH} for another column) is cut, and so are columns beyond
 * the record's number, each with a warning in the row's report.
 */
final class KeptCells {

    private final String file;
    private final List<String> headers;
    private final List<Boolean> remark = new ArrayList<>();
    private final List<Boolean> other = new ArrayList<>();

    /** @param mapping each column's field, in the sheet's order */
    KeptCells(String file, List<String> headers, List<ImportField> mapping) {
        this.file = file;
        this.headers = headers;
        List<ImportField> seen = new ArrayList<>();
        for (ImportField field : mapping) {
            remark.add(field == ImportField.REMARKS);
            other.add(field == ImportField.IGNORED || field != ImportField.REMARKS && seen.contains(field));
            seen.add(field);
        }
    }

    /** The row's plan with what it says beyond the lead's fields kept by its command, and what was cut said. */
    RowPlan keep(RowPlan plan, List<String> row) {
        if (plan.unreadable()) {
            return plan;
        }
        List<ImportMessage> messages = new ArrayList<>(plan.messages());
        List<SheetCell> remarks = cells(row, remark, RecordLeadImportCommand.MAX_REMARKS,
                                        RecordLeadImportCommand.MAX_REMARK_LENGTH, messages);
        List<SheetCell> otherColumns = cells(row, other, RecordLeadImportCommand.MAX_OTHER_COLUMNS,
                                             RecordLeadImportCommand.MAX_OTHER_COLUMN_LENGTH, messages);
        if (remarks.isEmpty() && otherColumns.isEmpty()) {
            return plan;
        }
        ImportLeadCommand lead = plan.command();
        RecordLeadImportCommand record = new RecordLeadImportCommand(lead.leadId(), file, plan.row(), remarks,
                                                                     otherColumns);
        return new RowPlan(plan.row(), plan.company(), lead.withRecord(record), plan.stage(), messages);
    }

    private List<SheetCell> cells(List<String> row, List<Boolean> taken, int maxCells, int maxLength,
                                  List<ImportMessage> messages) {
        List<SheetCell> cells = new ArrayList<>();
        int left = 0;
        for (int column = 0; column < taken.size() && column < row.size(); column++) {
            String text = row.get(column).strip();
            if (!taken.get(column) || text.isEmpty()) {
                continue;
            }
            String header = header(column);
            if (cells.size() == maxCells) {
                left++;
                continue;
            }
            if (text.length() > maxLength) {
                messages.add(new ImportMessage(headers.get(column), null, "cut",
                                               "kept the first " + maxLength + " of " + text.length()
                                               + " characters", false));
                text = cut(text, maxLength);
            }
            cells.add(new SheetCell(header, text));
        }
        if (left > 0) {
            messages.add(new ImportMessage(null, null, "cut", left + " more filled columns than the "
                                                               + maxCells + " kept with a lead", false));
        }
        return cells;
    }

    /** The column's header as kept: a blank one named by its column's letters ([E]), a long one cut. */
    private String header(int column) {
        String header = headers.get(column).strip();
        if (header.isEmpty()) {
            return "[" + letters(column) + "]";
        }
        return cut(header, RecordLeadImportCommand.MAX_HEADER_LENGTH);
    }

    /** The first {@code max} characters, never half of a character outside the basic plane. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }

    /** A column's name in a spreadsheet: A … Z, AA … */
    private static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }
}
