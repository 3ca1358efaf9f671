package org.zhaoshang.crm.lead.api.query;

import org.zhaoshang.crm.lead.api.value.SheetCell;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rows of the bureau's sheets said about a lead beyond its fields, kept when they were imported.
 *
 * @param records each row kept, the oldest first; none when the lead was not imported or its row said nothing more
 */
public record LeadImportRecords(String leadId, List<SheetRow> records) {

    /**
     * One row of a sheet.
     *
     * @param row          the row's number in the sheet, the header being row 1
     * @param importedOn   the day it was imported
     * @param remarks      its remark columns (备注, 说明 …): the bureau's internal note
     * @param otherColumns the columns the import did not map (台账中的其他列), with their headers, in the sheet's order
     */
    public record SheetRow(String file, int row, LocalDate importedOn, List<SheetCell> remarks,
                        List<SheetCell> otherColumns) {
    }
}
