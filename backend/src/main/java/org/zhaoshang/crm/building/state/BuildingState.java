package org.zhaoshang.crm.building.state;

import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.BuildingProfileChangedEvent;
import org.zhaoshang.crm.building.api.BuildingRegisteredEvent;
import org.zhaoshang.crm.building.api.BuildingTaxRecordedEvent;
import org.zhaoshang.crm.building.api.UnitAddedEvent;
import org.zhaoshang.crm.building.api.UnitChangedEvent;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservationEndedEvent;
import org.zhaoshang.crm.building.api.UnitReservedEvent;
import org.zhaoshang.crm.building.api.UnitVacatedEvent;
import org.zhaoshang.crm.building.api.value.BuildingProfile;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A building folded from its events, in order; each event applied once (the read side checks its sequence). */
public final class BuildingState {

    private String buildingId;
    private BuildingProfile profile;
    private final Map<String, UnitState> units = new LinkedHashMap<>();
    private final TreeMap<Integer, YearTax> taxByYear = new TreeMap<>();

    public static BuildingState of(Iterable<? extends BuildingEvent> events) {
        BuildingState state = new BuildingState();
        events.forEach(state::apply);
        return state;
    }

    public BuildingState apply(BuildingEvent event) {
        buildingId = event.buildingId();
        if (event instanceof BuildingRegisteredEvent registered) {
            profile = registered.profile();
        } else if (event instanceof BuildingProfileChangedEvent changed) {
            profile = changed.profile();
        } else if (event instanceof UnitAddedEvent added) {
            units.put(added.unitId(), UnitState.added(added.unitId(), added.layout()));
        } else if (event instanceof UnitChangedEvent changed) {
            units.computeIfPresent(changed.unitId(), (id, unit) -> unit.laidOut(changed.layout()));
        } else if (event instanceof UnitReservedEvent reserved) {
            units.computeIfPresent(reserved.unitId(), (id, unit) -> unit.reserved(reserved.leadId(), reserved.until()));
        } else if (event instanceof UnitReservationEndedEvent ended) {
            units.computeIfPresent(ended.unitId(), (id, unit) -> unit.vacant());
        } else if (event instanceof UnitLetEvent let) {
            units.computeIfPresent(let.unitId(), (id, unit) -> unit.let(let.tenant(), let.from(),
                                                                        let.rentYuanPerM2Day()));
        } else if (event instanceof UnitVacatedEvent vacated) {
            units.computeIfPresent(vacated.unitId(), (id, unit) -> unit.vacant());
        } else if (event instanceof BuildingTaxRecordedEvent tax) {
            taxByYear.computeIfAbsent(tax.year(), YearTax::empty);
            taxByYear.computeIfPresent(tax.year(), (year, known) -> known.recorded(tax.month(), tax.amountWan()));
        }
        return this;
    }

    public String buildingId() {
        return buildingId;
    }

    /** Null until registered. */
    public BuildingProfile profile() {
        return profile;
    }

    public boolean registered() {
        return profile != null;
    }

    public Optional<UnitState> unit(String unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    /** In the order they were added. */
    public Collection<UnitState> units() {
        return Collections.unmodifiableCollection(units.values());
    }

    /** Each year with tax recorded, the earliest first. */
    public Collection<YearTax> taxYears() {
        return Collections.unmodifiableCollection(taxByYear.values());
    }

    public Optional<YearTax> tax(int year) {
        return Optional.ofNullable(taxByYear.get(year));
    }
}
