package org.zhaoshang.crm.keyproject.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.shared.api.Violations;

/** Makes the lead a key project of the year, or changes its designation (managers). */
public record DesignateKeyProjectCommand(int year, String leadId, Designation designation,
                                         @TargetAggregateVersion Long expectedVersion) {

    @TargetAggregateIdentifier
    public String keyProjectId() {
        return KeyProjectIds.of(year, leadId);
    }

    public Violations validate(Violations violations) {
        violations.between("year", year, 2000, 2100).identifier("leadId", leadId).required("designation", designation);
        return designation == null ? violations : designation.validate(violations);
    }
}
