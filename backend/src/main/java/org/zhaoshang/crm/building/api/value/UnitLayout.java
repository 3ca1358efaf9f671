package org.zhaoshang.crm.building.api.value;

import org.zhaoshang.crm.shared.api.Violations;

import java.math.BigDecimal;

/**
 * Where a unit is and what it offers.
 *
 * @param floor                  the floor (negative below ground, no floor 0)
 * @param number                 its number as the building writes it ("1203", "A-5")
 * @param position               its place along the floor, from 1: units whose places follow each other are adjacent
 *                               and may be let together
 * @param askingRentYuanPerM2Day the asking rent, yuan per m² per day, when known
 */
public record UnitLayout(int floor, String number, int position, BigDecimal areaM2,
                         BigDecimal askingRentYuanPerM2Day) {

    public static final int MAX_NUMBER_LENGTH = 20;
    public static final int MAX_POSITION = 999;
    public static final long MAX_UNIT_AREA_M2 = 1_000_000;
    public static final long MAX_RENT_YUAN_PER_M2_DAY = 1_000;

    public Violations validate(Violations violations) {
        return violations.between("floor", floor, -BuildingProfile.MAX_FLOORS_BELOW, BuildingProfile.MAX_FLOORS_ABOVE)
                         .check(floor != 0, "floor", "not-zero", "floors are numbered 1 up and -1 down")
                         .required("number", number).maxLength("number", number, MAX_NUMBER_LENGTH)
                         .between("position", position, 1, MAX_POSITION)
                         .required("areaM2", areaM2).positiveAtMost("areaM2", areaM2, MAX_UNIT_AREA_M2)
                         .positiveAtMost("askingRentYuanPerM2Day", askingRentYuanPerM2Day, MAX_RENT_YUAN_PER_M2_DAY);
    }
}
