package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

public record CompleteFollowUpCommand(@TargetAggregateIdentifier String leadId, String followUpId, String outcome,
                                      @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.maxLength("outcome", outcome, Violations.MAX_TEXT_LENGTH);
    }
}
