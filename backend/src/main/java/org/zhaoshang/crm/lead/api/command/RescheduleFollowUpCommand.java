package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

public record RescheduleFollowUpCommand(@TargetAggregateIdentifier String leadId, String followUpId, LocalDate dueOn,
                                        String reason, @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.required("dueOn", dueOn)
                         .notBefore("dueOn", dueOn, today)
                         .maxLength("reason", reason, Violations.MAX_TEXT_LENGTH);
    }
}
