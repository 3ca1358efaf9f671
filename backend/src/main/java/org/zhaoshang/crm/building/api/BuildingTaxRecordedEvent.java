package org.zhaoshang.crm.building.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.building.api.value.TaxSource;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The tax the building's tenants paid in a year (month null) or in one month of it, in 万元; a later record of the same
 * year and month replaces the earlier one.
 */
@Revision("1")
public record BuildingTaxRecordedEvent(String buildingId, int year, Integer month, BigDecimal amountWan,
                                       TaxSource source, String by, LocalDate on) implements BuildingEvent {
}
