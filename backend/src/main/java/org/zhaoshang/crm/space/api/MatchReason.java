package org.zhaoshang.crm.space.api;

import java.util.Map;

/**
 * One reason a match ranks where it does, as a code the UI words in its language, with its figures.
 *
 * @param params the figures the wording uses (e.g. {@code areaM2}, {@code needM2}, {@code rent}, {@code budget})
 */
public record MatchReason(Code code, Map<String, String> params) {

    public MatchReason {
        params = Map.copyOf(params);
    }

    public enum Code {
        /** the area is within 10% of the need */
        AREA_FITS,
        /** the area is within the tolerance but further from the need */
        AREA_CLOSE,
        /** no need is known: any area */
        AREA_UNKNOWN,
        /** in the zone asked for */
        ZONE,
        /** in another zone than the one asked for */
        OTHER_ZONE,
        /** a building themed for the company's industry */
        THEMED,
        /** the asking rent is within the budget */
        WITHIN_BUDGET,
        /** the asking rent is over the budget */
        OVER_BUDGET,
        /** no asking rent is known */
        RENT_UNKNOWN,
        /** one unit */
        SINGLE_UNIT,
        /** adjacent units on one floor, taken together */
        ADJACENT_UNITS,
        /** the building is a 亿元楼 or 月亿楼: a good address */
        TOP_TIER
    }
}
