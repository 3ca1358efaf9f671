package org.zhaoshang.crm.building.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.building.api.value.Tenant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A unit was let (已租) to a tenant from a day; a reservation for the tenant's lead ends with it.
 *
 * @param rentYuanPerM2Day the agreed rent, yuan per m² per day, when known
 */
@Revision("1")
public record UnitLetEvent(String buildingId, String unitId, Tenant tenant, LocalDate from, BigDecimal rentYuanPerM2Day,
                           String by, LocalDate on) implements BuildingEvent {
}
