package org.zhaoshang.crm.building.importing;

import java.util.List;
import java.util.Map;

/**
 * What an import of a building sheet did, or in a dry run (or refused) would do, row by row.
 *
 * @param sheet   {@code units} or {@code tax}
 * @param applied false for a dry run, and for a sheet with a refused row: then nothing was changed
 * @param columns each header of the sheet and the column it was read as (null: not read)
 * @param counts  rows per outcome
 */
public record BuildingImportReport(String file, String sheet, boolean applied, Map<String, BuildingColumn> columns,
                                   int rows, Map<BuildingImportOutcome, Long> counts,
                                   List<BuildingImportRow> rowReports) {
}
