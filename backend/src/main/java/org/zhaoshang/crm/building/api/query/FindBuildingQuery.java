package org.zhaoshang.crm.building.api.query;

/** One building with its stacking plan and its tax by year. Answers {@link BuildingDetail}, or not found. */
public record FindBuildingQuery(String buildingId) {
}
