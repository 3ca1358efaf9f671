package org.zhaoshang.crm.building.importing;

import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.Map;

import static java.util.Map.entry;

/** The column of a sheet a command's field comes from, to report the command's refusals where the row has them. */
final class ViolationColumns {

    private static final Map<String, BuildingColumn> COLUMN_OF_FIELD = Map.ofEntries(
            entry("nameZh", BuildingColumn.NAME_ZH), entry("nameEn", BuildingColumn.NAME_EN),
            entry("kind", BuildingColumn.KIND), entry("zone", BuildingColumn.ZONE),
            entry("address", BuildingColumn.ADDRESS), entry("operator", BuildingColumn.OPERATOR),
            entry("totalAreaM2", BuildingColumn.TOTAL_AREA), entry("commercialAreaM2", BuildingColumn.COMMERCIAL_AREA),
            entry("floorsAbove", BuildingColumn.FLOORS_ABOVE), entry("floorsBelow", BuildingColumn.FLOORS_BELOW),
            entry("floor", BuildingColumn.FLOOR), entry("number", BuildingColumn.UNIT_NUMBER),
            entry("position", BuildingColumn.POSITION), entry("areaM2", BuildingColumn.UNIT_AREA),
            entry("askingRentYuanPerM2Day", BuildingColumn.ASKING_RENT),
            entry("tenant.companyName", BuildingColumn.TENANT), entry("from", BuildingColumn.LET_FROM),
            entry("year", BuildingColumn.YEAR), entry("month", BuildingColumn.MONTH),
            entry("amountWan", BuildingColumn.TAX));

    private ViolationColumns() {
    }

    static BuildingColumn of(String field) {
        return field == null ? null : COLUMN_OF_FIELD.get(field);
    }

    /** Each violation as an error of the row, in its column. */
    static void report(Violations violations, RowCells cells) {
        try {
            violations.throwIfAny();
        } catch (InvalidInputException refused) {
            for (FieldViolation violation : refused.violations()) {
                cells.error(of(violation.field()), violation.field(), violation.rule(), violation.message());
            }
        }
    }
}
