package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * Records a company as a new lead, owned by whoever records it.
 *
 * @param channel      how it was found; optional
 * @param introducedBy the ambassador or partner who introduced it (the credit for a win); optional
 * @param identifiedOn the day the company was first identified as a lead (for leads recorded late or imported);
 *                     today if null
 */
public record CreateLeadCommand(@TargetAggregateIdentifier String leadId,
                                Company company,
                                SourceMarket market,
                                Channel channel,
                                String introducedBy,
                                LocalDate identifiedOn) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return Company.validate(violations.required("leadId", leadId), company)
                      .required("market", market)
                      .notAfter("identifiedOn", identifiedOn, today);
    }
}
