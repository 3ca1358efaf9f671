package org.zhaoshang.crm.building.web;

import java.time.LocalDate;
import java.util.List;

/**
 * Reserves the unit, and the adjacent units of the same floor with it, for a lead at INTENT or later.
 *
 * @param withUnits the ids of the units taken with it (at most 19), if any
 * @param until     the reservation's last day: today up to 180 days on; left out, 30 days from today
 */
public record ReserveRequest(String leadId, List<String> withUnits, LocalDate until, Long expectedVersion) {
}
