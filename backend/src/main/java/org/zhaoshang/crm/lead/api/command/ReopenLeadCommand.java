package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Takes a lead on hold or lost back into work, at the stage where it stopped. */
public record ReopenLeadCommand(@TargetAggregateIdentifier String leadId,
                                String comment,
                                @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.maxLength("comment", comment, Violations.MAX_TEXT_LENGTH);
    }
}
