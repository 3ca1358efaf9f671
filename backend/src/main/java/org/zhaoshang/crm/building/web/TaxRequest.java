package org.zhaoshang.crm.building.web;

import java.math.BigDecimal;

/**
 * The tax the building's tenants paid in a year, or in one month of it, in 万元 (replaces what was recorded for it).
 *
 * @param month 1 to 12; left out for the whole year's figure
 */
public record TaxRequest(Integer year, Integer month, BigDecimal amountWan, Long expectedVersion) {
}
