package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.lead.api.value.SheetCell;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;
import java.util.List;

/**
 * Keeps what a sheet's row said beyond the lead's fields: its remarks and its unmapped columns. Part of an
 * {@link ImportLeadCommand} for a new lead; alone, on a lead imported before whose row moved on, it records the row
 * again only when its remarks or columns differ from the lead's last import record.
 *
 * @param row the row's number in the sheet, the header being row 1
 */
public record RecordLeadImportCommand(@TargetAggregateIdentifier String leadId, String file, int row,
                                      List<SheetCell> remarks, List<SheetCell> otherColumns)
        implements ValidatedCommand {

    public static final int MAX_FILE_NAME_LENGTH = 255;
    /** Remark columns of one row: more than any ledger has. */
    public static final int MAX_REMARKS = 20;
    /** A remark is a note: as long as an activity's summary. */
    public static final int MAX_REMARK_LENGTH = Violations.MAX_TEXT_LENGTH;
    public static final int MAX_OTHER_COLUMNS = 100;
    public static final int MAX_OTHER_COLUMN_LENGTH = 500;
    public static final int MAX_HEADER_LENGTH = Violations.MAX_NAME_LENGTH;

    public RecordLeadImportCommand {
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
        otherColumns = otherColumns == null ? List.of() : List.copyOf(otherColumns);
    }

    /** Whether the row said anything to keep. */
    public boolean isEmpty() {
        return remarks.isEmpty() && otherColumns.isEmpty();
    }

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.required("file", file)
                         .maxLength("file", file, MAX_FILE_NAME_LENGTH)
                         .check(row >= 1, "row", "range", "must be a row of the sheet (1 or more)")
                         .check(remarks.size() <= MAX_REMARKS, "remarks", "max-size",
                                "at most " + MAX_REMARKS + " remarks")
                         .check(cells(remarks, MAX_REMARK_LENGTH), "remarks", "cells",
                                "each needs a header of at most " + MAX_HEADER_LENGTH + " and a text of at most "
                                + MAX_REMARK_LENGTH + " characters")
                         .check(otherColumns.size() <= MAX_OTHER_COLUMNS, "otherColumns", "max-size",
                                "at most " + MAX_OTHER_COLUMNS + " columns")
                         .check(cells(otherColumns, MAX_OTHER_COLUMN_LENGTH), "otherColumns", "cells",
                                "each needs a header of at most " + MAX_HEADER_LENGTH + " and a text of at most "
                                + MAX_OTHER_COLUMN_LENGTH + " characters");
    }

    private static boolean cells(List<SheetCell> cells, int maxText) {
        return cells.stream().allMatch(cell -> cell != null && Texts.hasText(cell.header())
                                               && cell.header().strip().length() <= MAX_HEADER_LENGTH
                                               && Texts.hasText(cell.text())
                                               && cell.text().strip().length() <= maxText);
    }
}
