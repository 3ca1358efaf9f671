package org.zhaoshang.crm.building.web;

import org.zhaoshang.crm.building.api.value.Tenant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Lets the unit, and the adjacent units of the same floor with it, to a tenant.
 *
 * @param tenant           the company (always shown), and its lead and signed project when it is ours
 * @param from             the day the tenant moved in (not after today)
 * @param rentYuanPerM2Day the agreed rent, yuan per m² per day, when known
 * @param withUnits        the ids of the units taken with it (at most 19), if any
 */
public record LetRequest(Tenant tenant, LocalDate from, BigDecimal rentYuanPerM2Day, List<String> withUnits,
                         Long expectedVersion) {
}
