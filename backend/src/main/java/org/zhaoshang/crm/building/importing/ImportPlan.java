package org.zhaoshang.crm.building.importing;

import org.zhaoshang.crm.importing.api.ImportMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sheet's rows would do: each row's outcome and messages, and the commands to give, each building's in order.
 * A row's commands are given only when no row is refused.
 */
final class ImportPlan {

    /** A command of a row (index from 0). */
    record Step(int index, Object command) {
    }

    private final BuildingImportRow[] rows;
    private final Map<String, List<Step>> stepsByBuilding = new LinkedHashMap<>();

    ImportPlan(int rows) {
        this.rows = new BuildingImportRow[rows];
    }

    void report(int index, BuildingImportOutcome outcome, String buildingId, String building, String unitId,
                List<ImportMessage> messages) {
        rows[index] = new BuildingImportRow(index + 2, outcome, buildingId, building, unitId, messages);
    }

    BuildingImportRow row(int index) {
        return rows[index];
    }

    void step(String buildingId, int index, Object command) {
        stepsByBuilding.computeIfAbsent(buildingId, id -> new ArrayList<>()).add(new Step(index, command));
    }

    Map<String, List<Step>> steps() {
        return stepsByBuilding;
    }

    boolean refused() {
        return List.of(rows).stream().anyMatch(row -> row.outcome() == BuildingImportOutcome.ERROR);
    }

    List<BuildingImportRow> rows() {
        return List.of(rows);
    }
}
