package org.zhaoshang.crm.lead.api;

import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** The lead's figures after the change (each null when unknown). */
@Revision("1")
public record LeadNumbersUpdatedEvent(String leadId,
                                      PlannedInvestment plannedInvestment,
                                      BigDecimal landAreaMu,
                                      BigDecimal floorSpaceM2,
                                      BigDecimal expectedAnnualTaxWan,
                                      Integer expectedJobs,
                                      TargetZone targetZone,
                                      String targetBuilding) implements LeadEvent {

    @Override
    public void accept(LeadEventVisitor visitor) {
        visitor.on(this);
    }
}
