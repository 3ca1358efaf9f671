package org.zhaoshang.crm.building.api.query;

/** Everything recorded about one unit, the latest first. Answers {@link UnitHistory}, or not found. */
public record FindUnitHistoryQuery(String buildingId, String unitId) {
}
