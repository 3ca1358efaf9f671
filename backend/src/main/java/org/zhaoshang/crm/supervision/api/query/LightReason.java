package org.zhaoshang.crm.supervision.api.query;

import org.zhaoshang.crm.supervision.api.Light;

/**
 * Why a light is not green, one reason each.
 *
 * @param light   the colour this reason gives
 * @param days    the days past due, overdue or without progress
 * @param subject the problem's id or the milestone's name, null for NO_PROGRESS
 */
public record LightReason(Kind kind, Light light, long days, String subject) {

    public enum Kind {
        /** a problem with a red card */
        RED_PROBLEM,
        /** a problem past its due day */
        OVERDUE_PROBLEM,
        /** a promised milestone not reached by its day */
        MILESTONE_OVERDUE,
        /** no progress for the days */
        NO_PROGRESS
    }
}
