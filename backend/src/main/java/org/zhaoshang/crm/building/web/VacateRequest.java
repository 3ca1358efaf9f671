package org.zhaoshang.crm.building.web;

import java.time.LocalDate;

/** The let unit's tenant moved out on a day (not after today, not before they moved in). */
public record VacateRequest(LocalDate vacatedOn, Long expectedVersion) {
}
