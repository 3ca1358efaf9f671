package org.zhaoshang.crm.building.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reserves vacant units (one, or adjacent ones together) for a lead at INTENT or later, all or none.
 *
 * @param until the reservation's last day: today up to {@value #MAX_DAYS} days on; null for
 *              {@value #DEFAULT_DAYS} days from today
 */
public record ReserveUnitCommand(@TargetAggregateIdentifier String buildingId, String unitId, List<String> withUnits,
                                 String leadId, LocalDate until, @TargetAggregateVersion Long expectedVersion)
        implements BuildingInput {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 180;

    public ReserveUnitCommand {
        // not List.copyOf: an empty place in the list is an invalid unit id (withUnits[i]), not a failure
        withUnits = withUnits == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(withUnits));
    }

    /** The last day: as given, or {@value #DEFAULT_DAYS} days from today. */
    public LocalDate lastDay(LocalDate today) {
        return until == null ? today.plusDays(DEFAULT_DAYS) : until;
    }

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return BuildingInput.units(violations, unitId, withUnits).identifier("leadId", leadId)
                            .notBefore("until", until, today)
                            .check(until == null || !until.isAfter(today.plusDays(MAX_DAYS)), "until", "range",
                                   "at most " + MAX_DAYS + " days from today");
    }
}
