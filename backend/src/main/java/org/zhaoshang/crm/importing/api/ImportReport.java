package org.zhaoshang.crm.importing.api;

import java.util.List;
import java.util.Map;

/**
 * What an import did, or in a dry run would do, row by row.
 *
 * @param applied  false for a dry run: nothing was changed
 * @param mapping  each header of the sheet and the field its column was read as
 * @param counts   rows per outcome
 * @param unknownAmbassadors the ambassadors the sheet names who are not registered, each once with its rows
 */
public record ImportReport(String file, boolean applied, Map<String, ImportField> mapping, int rows,
                           Map<ImportOutcome, Long> counts, List<ImportRowReport> rowReports,
                           List<UnknownAmbassador> unknownAmbassadors) {
}
