package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.Priority;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * How the bureau rates a lead (every field replaces the one before; null clears it).
 *
 * @param likelihoodPercent how likely it is to land, 0 to 100
 * @param responsibleLeader the district leader personally responsible for a key project (包挂领导)
 */
public record UpdateLeadAssessmentCommand(@TargetAggregateIdentifier String leadId,
                                          Priority priority,
                                          Integer likelihoodPercent,
                                          String responsibleLeader,
                                          @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.between("likelihoodPercent", likelihoodPercent, 0, 100)
                         .maxLength("responsibleLeader", responsibleLeader, Violations.MAX_NAME_LENGTH);
    }
}
