package org.zhaoshang.crm.keyproject.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.shared.api.Violations;

/** Stops the lead being a key project of the year, with the reason (managers). */
public record StopKeyProjectCommand(int year, String leadId, String reason,
                                    @TargetAggregateVersion Long expectedVersion) {

    public static final int MAX_REASON_LENGTH = 500;

    @TargetAggregateIdentifier
    public String keyProjectId() {
        return KeyProjectIds.of(year, leadId);
    }

    public Violations validate(Violations violations) {
        return violations.between("year", year, 2000, 2100).identifier("leadId", leadId)
                         .required("reason", reason)
                         .maxLength("reason", reason, MAX_REASON_LENGTH);
    }
}
