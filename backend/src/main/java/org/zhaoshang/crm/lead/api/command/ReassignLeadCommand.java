package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Hands a lead to another staff member. */
public record ReassignLeadCommand(@TargetAggregateIdentifier String leadId, String owner,
                                  @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.required("owner", owner)
                         .maxLength("owner", owner, Violations.MAX_NAME_LENGTH);
    }
}
