package org.zhaoshang.crm.importing.api;

import java.util.List;

/**
 * One row of the sheet and its outcome.
 *
 * @param row     the row's number in the sheet, the header being row 1
 * @param leadId  the lead created or updated, or the existing lead it duplicates; null for an error
 * @param company the company's name as the sheet gives it
 */
public record ImportRowReport(int row, ImportOutcome outcome, String leadId, String company,
                              List<ImportMessage> messages) {
}
