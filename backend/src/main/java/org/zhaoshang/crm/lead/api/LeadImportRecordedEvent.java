package org.zhaoshang.crm.lead.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.lead.api.value.SheetCell;

import java.time.LocalDate;
import java.util.List;

/**
 * What a row of a bureau's sheet said beyond the lead's fields, kept with the lead so that nothing of the sheet is
 * lost: its remarks (an internal note of the bureau's: ambassadors and partners never see it) and the columns the
 * import did not map, with their headers, in the sheet's order. No contact with the company: it counts for no last
 * contact, no conversion.
 *
 * @param file         the sheet's file name
 * @param row          the row's number in the sheet, the header being row 1
 * @param importedOn   the bureau's day the row was imported
 * @param remarks      the remark columns' cells (备注, 说明, 进展情况 …), each with its header
 * @param otherColumns the cells of the columns left unmapped, each with its header
 */
@Revision("1")
public record LeadImportRecordedEvent(String leadId, String file, int row, LocalDate importedOn,
                                      List<SheetCell> remarks, List<SheetCell> otherColumns) implements LeadEvent {

    public LeadImportRecordedEvent {
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
        otherColumns = otherColumns == null ? List.of() : List.copyOf(otherColumns);
    }

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
