package org.zhaoshang.crm.building.importing;

import org.zhaoshang.crm.building.api.command.RecordBuildingTaxCommand;
import org.zhaoshang.crm.building.api.value.TaxSource;
import org.zhaoshang.crm.building.state.BuildingState;
import org.zhaoshang.crm.building.state.YearTax;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tax bureau's sheet: building (by Chinese name, in the library already), year, month (empty: the year's
 * figure) and tax in 万元 (1.2亿 and 3,000万元 read too). A figure replaces the one recorded for the same year and
 * month; the same figure again changes nothing.
 */
final class TaxSheet {

    static final java.util.List<BuildingColumn> REQUIRED = java.util.List.of(BuildingColumn.NAME_ZH,
                                                                             BuildingColumn.YEAR, BuildingColumn.TAX);

    private final KnownBuildings known;
    private final LocalDate today;

    TaxSheet(KnownBuildings known, LocalDate today) {
        this.known = known;
        this.today = today;
    }

    void plan(RowCells[] cells, ImportPlan plan) {
        Map<String, Integer> rowOfFigure = new HashMap<>();
        for (int index = 0; index < cells.length; index++) {
            RowCells row = cells[index];
            if (row == null) {
                continue;
            }
            String name = row.text(BuildingColumn.NAME_ZH);
            Integer year = row.whole(BuildingColumn.YEAR, "year");
            Integer month = row.whole(BuildingColumn.MONTH, "month");
            BigDecimal amount = row.wan(BuildingColumn.TAX);
            if (name == null) {
                row.error(BuildingColumn.NAME_ZH, "nameZh", "required", "the building's Chinese name is required");
            }
            if (year == null && row.text(BuildingColumn.YEAR) == null) {
                row.error(BuildingColumn.YEAR, "year", "required", "the year is required");
            }
            if (amount == null && row.text(BuildingColumn.TAX) == null) {
                row.error(BuildingColumn.TAX, "amountWan", "required", "the tax in 万元 is required");
            }
            Optional<BuildingState> building = name == null ? Optional.empty() : known.named(name);
            if (name != null && building.isEmpty()) {
                row.error(BuildingColumn.NAME_ZH, "buildingId", "unknown-building", "no building named \"" + name
                        + "\" is in the library: import its units sheet (or register it) first");
            }
            String buildingId = building.map(BuildingState::buildingId).orElse(null);
            if (row.hasErrors() || year == null || amount == null) {
                plan.report(index, BuildingImportOutcome.ERROR, buildingId, name, null, row.messages());
                continue;
            }
            RecordBuildingTaxCommand record = new RecordBuildingTaxCommand(buildingId, year, month, amount,
                                                                           TaxSource.IMPORTED, null);
            ViolationColumns.report(record.validate(new Violations(), today), row);
            Integer earlier = rowOfFigure.putIfAbsent(buildingId + "\n" + year + "\n" + month, row.row());
            if (earlier != null) {
                row.error(month == null ? BuildingColumn.YEAR : BuildingColumn.MONTH, "month", "duplicate-row",
                          "row " + earlier + " has this building's " + (month == null ? "year" : "month"));
            }
            if (row.hasErrors()) {
                plan.report(index, BuildingImportOutcome.ERROR, buildingId, name, null, row.messages());
                continue;
            }
            BigDecimal now = building.get().tax(year).map(tax -> recorded(tax, month)).orElse(null);
            if (now != null && now.compareTo(amount) == 0) {
                plan.report(index, BuildingImportOutcome.UNCHANGED, buildingId, name, null, row.messages());
                continue;
            }
            plan.step(buildingId, index, record);
            plan.report(index, now == null ? BuildingImportOutcome.CREATE : BuildingImportOutcome.CHANGE, buildingId,
                        name, null, row.messages());
        }
    }

    private static BigDecimal recorded(YearTax tax, Integer month) {
        return month == null ? tax.enteredYearWan() : tax.months().get(month);
    }
}
