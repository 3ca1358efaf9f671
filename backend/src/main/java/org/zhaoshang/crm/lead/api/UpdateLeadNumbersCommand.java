package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;

/**
 * Sets a lead's figures; every field replaces the one before (null clears it).
 *
 * @param investmentAmountWan planned investment in 万 of {@code investmentCurrency}
 * @param investmentCurrency  ISO 4217 code; CNY if null
 * @param rateToCny           CNY per unit of a foreign currency on the day; required unless CNY
 */
public record UpdateLeadNumbersCommand(@TargetAggregateIdentifier String leadId,
                                       BigDecimal investmentAmountWan,
                                       String investmentCurrency,
                                       BigDecimal rateToCny,
                                       BigDecimal landAreaMu,
                                       BigDecimal floorSpaceM2,
                                       BigDecimal expectedAnnualTaxWan,
                                       Integer expectedJobs,
                                       TargetZone targetZone,
                                       String targetBuilding,
                                       @TargetAggregateVersion Long expectedVersion) {
}
