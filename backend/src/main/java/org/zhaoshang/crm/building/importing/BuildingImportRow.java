package org.zhaoshang.crm.building.importing;

import org.zhaoshang.crm.importing.api.ImportMessage;

import java.util.List;

/**
 * One row of a building sheet and its outcome.
 *
 * @param row        the row's number in the sheet, the header being row 1
 * @param buildingId the building the row is about (null when it cannot be told)
 * @param building   the building's name as the sheet writes it
 * @param unitId     the unit of a units sheet's row (null for a tax row or an error)
 */
public record BuildingImportRow(int row, BuildingImportOutcome outcome, String buildingId, String building,
                                String unitId, List<ImportMessage> messages) {

    public BuildingImportRow {
        messages = List.copyOf(messages);
    }
}
