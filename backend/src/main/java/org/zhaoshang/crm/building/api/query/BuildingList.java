package org.zhaoshang.crm.building.api.query;

import java.util.List;

/** The buildings found, with the year their tax and tiers are for. */
public record BuildingList(int year, List<BuildingRow> buildings) {

    public BuildingList {
        buildings = List.copyOf(buildings);
    }
}
