package org.zhaoshang.crm.conversion.api;

import java.time.LocalDate;

/**
 * A year's targets against what was achieved. Answers {@link TargetsVsActual}.
 *
 * @param targetsAsOf the targets as set by the end of this day (null: as set now); the figures achieved are as known
 *                    now whatever the day
 */
public record FindTargetsVsActualQuery(int year, LocalDate targetsAsOf) {

    /** The targets as set now. */
    public FindTargetsVsActualQuery(int year) {
        this(year, null);
    }
}
