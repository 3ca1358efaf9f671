package org.zhaoshang.crm.building.web;

import org.zhaoshang.crm.building.api.value.UnitLayout;

import java.math.BigDecimal;

/**
 * A unit's layout as added or changed.
 *
 * @param floor    the floor (negative below ground, no floor 0)
 * @param position its place along the floor from 1: units whose places follow each other are adjacent
 */
public record UnitRequest(Integer floor, String number, Integer position, BigDecimal areaM2,
                          BigDecimal askingRentYuanPerM2Day, Long expectedVersion) {

    UnitLayout layout() {
        return new UnitLayout(floor == null ? 0 : floor, number, position == null ? 0 : position, areaM2,
                              askingRentYuanPerM2Day);
    }
}
