package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.math.BigDecimal;

public record UpdateNumbersRequest(BigDecimal investmentAmountWan, String investmentCurrency, BigDecimal rateToCny,
                                   BigDecimal landAreaMu, BigDecimal floorSpaceM2, BigDecimal expectedAnnualTaxWan,
                                   Integer expectedJobs, TargetZone targetZone, String targetBuilding,
                                   Long expectedVersion) {
}
