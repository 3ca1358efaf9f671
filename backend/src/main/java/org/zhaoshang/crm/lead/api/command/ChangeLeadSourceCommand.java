package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Corrects where a lead came from and who gets the credit. */
public record ChangeLeadSourceCommand(@TargetAggregateIdentifier String leadId,
                                      SourceMarket market,
                                      Channel channel,
                                      String introducedBy,
                                      @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.required("market", market);
    }
}
