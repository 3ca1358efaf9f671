package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Pauses an open lead (暂缓) with the reason and the day to look at it again. */
public record PutLeadOnHoldCommand(@TargetAggregateIdentifier String leadId,
                                   String reason,
                                   LocalDate revisitOn,
                                   @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.required("reason", reason)
                         .maxLength("reason", reason, Violations.MAX_TEXT_LENGTH)
                         .required("revisitOn", revisitOn)
                         .check(revisitOn == null || revisitOn.isAfter(today),
                                "revisitOn", "future", "must be after today (" + today + ")");
    }
}
