package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.Company;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Replaces what is known of the company (every field; null clears it). */
public record UpdateLeadCompanyCommand(@TargetAggregateIdentifier String leadId,
                                       Company company,
                                       @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return Company.validate(violations, company);
    }
}
