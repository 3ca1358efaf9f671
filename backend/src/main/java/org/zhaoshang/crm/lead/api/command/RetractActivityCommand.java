package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Withdraws an activity recorded by mistake (a new fact; the record stays in the history). */
public record RetractActivityCommand(@TargetAggregateIdentifier String leadId,
                                     String activityId,
                                     String reason,
                                     @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.required("reason", reason)
                         .maxLength("reason", reason, Violations.MAX_TEXT_LENGTH);
    }
}
