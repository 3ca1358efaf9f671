package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Puts a user (staff member or ambassador) on the lead's team: they may then see and work on it. */
public record AddLeadTeamMemberCommand(@TargetAggregateIdentifier String leadId, String member,
                                       @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.required("member", member)
                         .maxLength("member", member, Violations.MAX_NAME_LENGTH);
    }
}
