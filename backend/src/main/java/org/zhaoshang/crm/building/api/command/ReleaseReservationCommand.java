package org.zhaoshang.crm.building.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.building.api.value.ReservationEnd;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * Ends a unit's reservation: a person releases it (RELEASED), or the application lets it lapse (LEAD_LOST, EXPIRED).
 *
 * @param leadId the lead it is reserved for, as the caller saw it (a reservation for another lead is not ended)
 */
public record ReleaseReservationCommand(@TargetAggregateIdentifier String buildingId, String unitId, String leadId,
                                        ReservationEnd reason, @TargetAggregateVersion Long expectedVersion)
        implements BuildingInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.identifier("unitId", unitId).identifier("leadId", leadId).required("reason", reason);
    }
}
