package org.zhaoshang.crm.building.importing;

import org.zhaoshang.crm.building.api.command.AddUnitCommand;
import org.zhaoshang.crm.building.api.command.ChangeBuildingProfileCommand;
import org.zhaoshang.crm.building.api.command.ChangeUnitCommand;
import org.zhaoshang.crm.building.api.command.LetUnitCommand;
import org.zhaoshang.crm.building.api.command.RegisterBuildingCommand;
import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.building.state.BuildingState;
import org.zhaoshang.crm.building.state.UnitState;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * A units sheet (one row per unit, with its building's cells): buildings not in the library are registered (found by
 * Chinese name), a known building's profile takes the cells the sheet gives; units are found by floor and number,
 * added or changed; a unit the sheet says is let (已租, or a tenant named) is let to that company from the row's day, or
 * today. A building's cells are read from the first of its rows that gives each.
 */
final class UnitsSheet {

    static final List<BuildingColumn> REQUIRED = List.of(BuildingColumn.NAME_ZH, BuildingColumn.FLOOR,
                                                         BuildingColumn.UNIT_NUMBER, BuildingColumn.UNIT_AREA);

    private final KnownBuildings known;
    private final LocalDate today;

    UnitsSheet(KnownBuildings known, LocalDate today) {
        this.known = known;
        this.today = today;
    }

    /** @param cells each row's cells; null for a blank row (reported EMPTY already) */
    void plan(RowCells[] cells, ImportPlan plan) {
        Map<String, List<Integer>> rowsByBuilding = new LinkedHashMap<>();
        for (int index = 0; index < cells.length; index++) {
            if (cells[index] == null) {
                continue;
            }
            String name = cells[index].text(BuildingColumn.NAME_ZH);
            if (name == null) {
                cells[index].error(BuildingColumn.NAME_ZH, "nameZh", "required", "the building's Chinese name is required");
                plan.report(index, BuildingImportOutcome.ERROR, null, null, null, cells[index].messages());
                continue;
            }
            rowsByBuilding.computeIfAbsent(KnownBuildings.key(name), key -> new ArrayList<>()).add(index);
        }
        rowsByBuilding.values().forEach(rows -> new OneBuilding(rows, cells, plan).plan());
    }

    /** The rows of one building. */
    private final class OneBuilding {

        private final List<Integer> rows;
        private final RowCells[] cells;
        private final ImportPlan plan;
        private final RowCells first;
        private final String name;
        private final Optional<BuildingState> state;
        private final String buildingId;
        /** Per floor, the units on it by place: the building's and those the sheet adds. */
        private final Map<Integer, Map<Integer, String>> places = new HashMap<>();
        private final Map<String, Integer> rowOfUnit = new HashMap<>();
        /** The profile the building has once the sheet's cells are taken (null when they are refused). */
        private BuildingProfile planned;

        OneBuilding(List<Integer> rows, RowCells[] cells, ImportPlan plan) {
            this.rows = rows;
            this.cells = cells;
            this.plan = plan;
            this.first = cells[rows.get(0)];
            this.name = first.text(BuildingColumn.NAME_ZH);
            this.state = known.named(name);
            this.buildingId = state.map(BuildingState::buildingId).orElse(KnownBuildings.importedId(name));
            state.ifPresent(building -> building.units().forEach(
                    unit -> places.computeIfAbsent(unit.layout().floor(), floor -> new TreeMap<>())
                                  .put(unit.layout().position(), unit.layout().number())));
        }

        void plan() {
            long errorsBefore = errors();
            Object profileCommand = profileCommand();
            boolean buildingRefused = errors() > errorsBefore;
            boolean registered = profileCommand instanceof RegisterBuildingCommand;
            if (profileCommand != null && !buildingRefused) {
                plan.step(buildingId, rows.get(0), profileCommand);
            }
            for (int index : rows) {
                RowCells row = cells[index];
                if (buildingRefused && !row.hasErrors()) {
                    row.error(null, null, "building-refused", "the building's cells are refused (see its rows' "
                                                              + "errors): none of its rows is imported");
                }
                List<Object> commands = new ArrayList<>();
                String unitId = unit(row, commands);
                boolean created = index == rows.get(0) && registered
                                  || commands.stream().anyMatch(AddUnitCommand.class::isInstance);
                boolean changed = index == rows.get(0) && profileCommand != null || !commands.isEmpty();
                if (row.hasErrors()) {
                    plan.report(index, BuildingImportOutcome.ERROR, buildingId, name, unitId, row.messages());
                    continue;
                }
                commands.forEach(command -> plan.step(buildingId, index, command));
                plan.report(index, created ? BuildingImportOutcome.CREATE : changed ? BuildingImportOutcome.CHANGE
                                                                                     : BuildingImportOutcome.UNCHANGED,
                            buildingId, name, unitId, row.messages());
            }
        }

        /** The registration of a new building, the change of a known one's profile, or null when it stays. */
        private Object profileCommand() {
            long errorsBefore = errors();
            String nameEn = given(BuildingColumn.NAME_EN, cells -> cells.text(BuildingColumn.NAME_EN));
            BuildingKind kind = given(BuildingColumn.KIND, cells -> cells.word(BuildingColumn.KIND, SheetWords::kind,
                                                                                 SheetWords.KINDS_KNOWN));
            TargetZone zone = given(BuildingColumn.ZONE, cells -> cells.word(BuildingColumn.ZONE, SheetWords::zone,
                                                                               SheetWords.ZONES_KNOWN));
            String address = given(BuildingColumn.ADDRESS, cells -> cells.text(BuildingColumn.ADDRESS));
            String operator = given(BuildingColumn.OPERATOR, cells -> cells.text(BuildingColumn.OPERATOR));
            Integer above = given(BuildingColumn.FLOORS_ABOVE,
                                  cells -> cells.whole(BuildingColumn.FLOORS_ABOVE, "number of floors"));
            Integer below = given(BuildingColumn.FLOORS_BELOW,
                                  cells -> cells.whole(BuildingColumn.FLOORS_BELOW, "number of floors"));
            BigDecimal total = given(BuildingColumn.TOTAL_AREA, cells -> cells.decimal(BuildingColumn.TOTAL_AREA,
                                                                                       "area in m²"));
            BigDecimal commercial = given(BuildingColumn.COMMERCIAL_AREA,
                                          cells -> cells.decimal(BuildingColumn.COMMERCIAL_AREA, "area in m²"));
            Set<Industry> themes = given(BuildingColumn.THEMES, this::themes);
            boolean unreadable = errors() > errorsBefore;
            if (state.isEmpty()) {
                return registration(nameEn, kind, zone, address, operator, above, below, total, commercial, themes,
                                    unreadable);
            }
            BuildingProfile now = state.get().profile();
            BuildingProfile changed = new BuildingProfile(
                    now.nameZh(), or(nameEn, now.nameEn()), or(kind, now.kind()), or(zone, now.zone()),
                    or(address, now.address()), or(operator, now.operator()), now.manager(),
                    sameOr(total, now.totalAreaM2()), sameOr(commercial, now.commercialAreaM2()),
                    or(above, now.floorsAbove()), or(below, now.floorsBelow()), or(themes, now.themes()));
            planned = changed;
            if (changed.equals(now)) {
                return null;
            }
            if (!unreadable) {
                ViolationColumns.report(changed.validate(new Violations()), first);
            }
            return new ChangeBuildingProfileCommand(buildingId, changed, null);
        }

        private RegisterBuildingCommand registration(String nameEn, BuildingKind kind, TargetZone zone,
                                                     String address, String operator, Integer above, Integer below,
                                                     BigDecimal total, BigDecimal commercial, Set<Industry> themes,
                                                     boolean unreadable) {
            if (zone == null && !unreadable) {
                first.error(BuildingColumn.ZONE, "zone", "required", "the zone is required for a building not yet in "
                                                                     + "the library: write " + SheetWords.ZONES_KNOWN);
            }
            int highest = 1;
            int lowest = 0;
            BigDecimal unitsArea = BigDecimal.ZERO;
            for (int index : rows) {
                Integer floor = quietWhole(cells[index].text(BuildingColumn.FLOOR));
                if (floor != null) {
                    highest = Math.max(highest, floor);
                    lowest = Math.min(lowest, floor);
                }
                BigDecimal area = quietDecimal(cells[index].text(BuildingColumn.UNIT_AREA));
                unitsArea = area == null ? unitsArea : unitsArea.add(area);
            }
            BigDecimal lettable = commercial != null ? commercial : unitsArea.signum() > 0 ? unitsArea : null;
            BuildingProfile profile = new BuildingProfile(
                    name, nameEn, kind == null ? BuildingKind.BUILDING : kind, zone, address, operator, null,
                    total != null ? total : lettable, lettable, above != null ? above : highest,
                    below != null ? below : -lowest, themes);
            if (!unreadable) {
                ViolationColumns.report(profile.validate(new Violations()), first);
            }
            planned = profile;
            return new RegisterBuildingCommand(buildingId, profile);
        }

        /** The unit's commands into {@code commands}; its id (null for one not yet added in a dry run's sense). */
        private String unit(RowCells row, List<Object> commands) {
            Integer floor = row.whole(BuildingColumn.FLOOR, "floor");
            String number = row.text(BuildingColumn.UNIT_NUMBER);
            BigDecimal area = row.decimal(BuildingColumn.UNIT_AREA, "area in m²");
            Integer position = row.whole(BuildingColumn.POSITION, "place on the floor");
            BigDecimal rent = row.decimal(BuildingColumn.ASKING_RENT, "rent in yuan per m² per day");
            UnitStatus status = row.word(BuildingColumn.STATUS, SheetWords::status, SheetWords.STATUSES_KNOWN);
            String tenant = row.text(BuildingColumn.TENANT);
            LocalDate from = row.day(BuildingColumn.LET_FROM);
            if (floor == null && row.text(BuildingColumn.FLOOR) == null) {
                row.error(BuildingColumn.FLOOR, "floor", "required", "the unit's floor is required");
            }
            if (number == null) {
                row.error(BuildingColumn.UNIT_NUMBER, "number", "required", "the unit's number is required");
            }
            if (area == null && row.text(BuildingColumn.UNIT_AREA) == null) {
                row.error(BuildingColumn.UNIT_AREA, "areaM2", "required", "the unit's area is required");
            }
            if (floor == null || number == null || area == null) {
                return null;
            }
            if (planned != null && (floor > planned.floorsAbove() || floor < -planned.floorsBelow())) {
                row.error(BuildingColumn.FLOOR, "floor", "no-such-floor", "the building has floors -"
                          + planned.floorsBelow() + " to " + planned.floorsAbove());
                return null;
            }
            String unitKey = floor + "\n" + KnownBuildings.key(number);
            Integer earlier = rowOfUnit.putIfAbsent(unitKey, row.row());
            if (earlier != null) {
                row.error(BuildingColumn.UNIT_NUMBER, "number", "duplicate-row",
                          "row " + earlier + " has this unit (floor " + floor + ", " + number + ")");
                return null;
            }
            Optional<UnitState> existing = state.flatMap(building -> building.units().stream().filter(
                    unit -> unit.layout().floor() == floor
                            && KnownBuildings.key(unit.layout().number()).equals(KnownBuildings.key(number)))
                                                                                  .findFirst());
            String unitId = existing.map(UnitState::unitId).orElseGet(() -> newUnitId(unitKey));
            Map<Integer, String> floorPlaces = places.computeIfAbsent(floor, any -> new TreeMap<>());
            UnitLayout layout;
            if (existing.isPresent()) {
                UnitLayout now = existing.get().layout();
                layout = new UnitLayout(floor, now.number(), or(position, now.position()), sameOr(area, now.areaM2()),
                                        rent == null ? now.askingRentYuanPerM2Day()
                                                     : sameOr(rent, now.askingRentYuanPerM2Day()));
                if (!layout.equals(now)) {
                    place(row, floorPlaces, layout, now.position());
                    ViolationColumns.report(layout.validate(new Violations()), row);
                    commands.add(new ChangeUnitCommand(buildingId, unitId, layout, null));
                }
            } else {
                int place = position != null ? position
                            : floorPlaces.isEmpty() ? 1 : ((TreeMap<Integer, String>) floorPlaces).lastKey() + 1;
                layout = new UnitLayout(floor, number, place, area, rent);
                place(row, floorPlaces, layout, null);
                ViolationColumns.report(layout.validate(new Violations()), row);
                commands.add(new AddUnitCommand(buildingId, unitId, layout, null));
            }
            let(row, existing, unitId, status, tenant, from, commands);
            return unitId;
        }

        /** Made from the building, floor and number, so that a dry run names the id the import gives. */
        private String newUnitId(String unitKey) {
            String id = UUID.nameUUIDFromBytes((buildingId + "\n" + unitKey).getBytes(StandardCharsets.UTF_8))
                            .toString();
            boolean taken = state.flatMap(building -> building.unit(id)).isPresent();
            return taken ? UUID.randomUUID().toString() : id;
        }

        private void place(RowCells row, Map<Integer, String> floorPlaces, UnitLayout layout, Integer before) {
            String taken = floorPlaces.get(layout.position());
            if (taken != null && !Objects.equals(before, layout.position())) {
                row.error(BuildingColumn.POSITION, "position", "taken", "place " + layout.position() + " on floor "
                                                                        + layout.floor() + " is unit " + taken + "'s");
                return;
            }
            if (before != null) {
                floorPlaces.remove(before);
            }
            floorPlaces.put(layout.position(), layout.number());
        }

        private void let(RowCells row, Optional<UnitState> existing, String unitId, UnitStatus status, String tenant,
                         LocalDate from, List<Object> commands) {
            boolean letNow = existing.map(unit -> unit.status() == UnitStatus.LET).orElse(false);
            if (status == UnitStatus.RESERVED) {
                row.warning(BuildingColumn.STATUS, null, "reserved-not-imported",
                            "a unit is reserved for a lead on the building's page; the sheet's 预留 is not imported");
                return;
            }
            if (status == UnitStatus.VACANT) {
                if (letNow) {
                    row.warning(BuildingColumn.STATUS, null, "still-let", "let to "
                            + existing.get().tenant().companyName() + ": record the day they moved out on the "
                            + "building's page");
                }
                return;
            }
            if (status == null && tenant == null) {
                return;
            }
            if (tenant == null) {
                row.error(BuildingColumn.TENANT, "tenant.companyName", "required", "a let unit's tenant is required");
                return;
            }
            if (letNow) {
                String now = existing.get().tenant().companyName();
                if (!KnownBuildings.key(now).equals(KnownBuildings.key(tenant))) {
                    row.error(BuildingColumn.TENANT, "tenant", "let", "the unit is let to " + now + " since "
                            + existing.get().letFrom() + ": record the day they moved out first");
                }
                return;
            }
            if (existing.isPresent() && !existing.get().freeOn(today)) {
                row.error(BuildingColumn.STATUS, "unitId", "reserved", "the unit is reserved for a lead until "
                        + existing.get().reservedUntil() + ": let it on the building's page");
                return;
            }
            LetUnitCommand let = new LetUnitCommand(buildingId, unitId, List.of(), new Tenant(tenant, null, null, null),
                                                    from == null ? today : from, null, null);
            ViolationColumns.report(let.validate(new Violations(), today), row);
            commands.add(let);
        }

        /** The first of the building's rows that gives the column, read there (its errors reported on that row). */
        private <T> T given(BuildingColumn column, Function<RowCells, T> read) {
            for (int index : rows) {
                if (cells[index].text(column) != null) {
                    return read.apply(cells[index]);
                }
            }
            return null;
        }

        private Set<Industry> themes(RowCells row) {
            Set<Industry> themes = EnumSet.noneOf(Industry.class);
            for (String word : row.text(BuildingColumn.THEMES).split("[、,，/;；|]")) {
                if (!word.isBlank()) {
                    Optional<Industry> industry = SheetWords.industry(word);
                    if (industry.isEmpty()) {
                        row.error(BuildingColumn.THEMES, "themes", "unknown", "\"" + word.strip()
                                + "\" is unknown: write " + SheetWords.INDUSTRIES_KNOWN);
                    }
                    industry.ifPresent(themes::add);
                }
            }
            return themes;
        }

        private long errors() {
            return rows.stream().mapToLong(index -> cells[index].messages().stream().filter(
                    message -> message.error()).count()).sum();
        }
    }

    private static <T> T or(T given, T now) {
        return given != null ? given : now;
    }

    /** The sheet's figure, unless it is the one known (written with another scale: 3000 and 3000.00). */
    private static BigDecimal sameOr(BigDecimal given, BigDecimal now) {
        return given == null || now != null && given.compareTo(now) == 0 ? now : given;
    }

    private static Integer quietWhole(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.replaceAll("[\\s层楼fF]", ""));
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static BigDecimal quietDecimal(String text) {
        try {
            return text == null ? null : new BigDecimal(text.replaceAll("[,，\\s]|㎡|m²|m2|平方米|平米", ""));
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
