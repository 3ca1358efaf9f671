package org.zhaoshang.crm.building.api.query;

import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.building.api.value.UnitStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A unit on the stacking plan.
 *
 * @param status            a reservation whose day passed shows VACANT
 * @param reservedFor       the lead it is reserved for, when the caller may see that lead (else null, still RESERVED)
 * @param reservedForName   that lead's company's shown name
 * @param tenant            the tenant (for a tenant who is one of our leads the caller may not see: name only)
 */
public record UnitView(String unitId, UnitLayout layout, UnitStatus status, String reservedFor,
                       String reservedForName, LocalDate reservedUntil, Tenant tenant, LocalDate letFrom,
                       BigDecimal rentYuanPerM2Day) {
}
