package org.zhaoshang.crm.space.summary;

import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.UnitReservationEndedEvent;
import org.zhaoshang.crm.building.api.UnitReservedEvent;
import org.zhaoshang.crm.building.api.UnitVacatedEvent;
import org.zhaoshang.crm.building.api.query.Vacancy;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.state.BuildingState;
import org.zhaoshang.crm.building.state.UnitState;
import org.zhaoshang.crm.building.state.YearTax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A building's space over time: its units as now laid out, each with the days it was let (from the let's first day to
 * the day vacated) and reserved (from the day the reservation was recorded to its last day, or to the day before it
 * ended or the unit was let, as recorded), and its tax by year as known now.
 */
record BuildingSpace(String buildingId, BuildingProfile profile, List<UnitDays> units, List<YearTax> taxYears) {

    /** The building's space, or null before it is registered. */
    static BuildingSpace of(BuildingState state, List<BuildingEvent> events) {
        if (!state.registered()) {
            return null;
        }
        Map<String, UnitDays.Builder> days = new HashMap<>();
        for (BuildingEvent event : events) {
            if (event instanceof UnitReservedEvent reserved) {
                days.computeIfAbsent(reserved.unitId(), id -> new UnitDays.Builder())
                    .reserved(reserved.on(), reserved.until());
            } else if (event instanceof UnitReservationEndedEvent ended) {
                days.computeIfAbsent(ended.unitId(), id -> new UnitDays.Builder()).reservationEnded(ended.on());
            } else if (event instanceof UnitLetEvent let) {
                days.computeIfAbsent(let.unitId(), id -> new UnitDays.Builder()).let(let.from(), let.on());
            } else if (event instanceof UnitVacatedEvent vacated) {
                days.computeIfAbsent(vacated.unitId(), id -> new UnitDays.Builder()).vacated(vacated.vacatedOn());
            }
        }
        List<UnitDays> units = new ArrayList<>();
        for (UnitState unit : state.units()) {
            units.add(days.getOrDefault(unit.unitId(), new UnitDays.Builder()).build(unit.layout().areaM2()));
        }
        return new BuildingSpace(state.buildingId(), state.profile(), units, List.copyOf(state.taxYears()));
    }

    /** Its units by status on the day. */
    Vacancy vacancyOn(LocalDate day) {
        BigDecimal vacant = BigDecimal.ZERO;
        BigDecimal reserved = BigDecimal.ZERO;
        BigDecimal let = BigDecimal.ZERO;
        for (UnitDays unit : units) {
            if (unit.letOn(day)) {
                let = let.add(unit.areaM2());
            } else if (unit.reservedOn(day)) {
                reserved = reserved.add(unit.areaM2());
            } else {
                vacant = vacant.add(unit.areaM2());
            }
        }
        return Vacancy.of(profile.commercialAreaM2(), vacant, reserved, let);
    }

    /** The area of its units not let on the day (vacant or reserved): the trend needs no more. */
    BigDecimal notLetOn(LocalDate day) {
        BigDecimal notLet = BigDecimal.ZERO;
        for (UnitDays unit : units) {
            if (!unit.letOn(day)) {
                notLet = notLet.add(unit.areaM2());
            }
        }
        return notLet;
    }
}
