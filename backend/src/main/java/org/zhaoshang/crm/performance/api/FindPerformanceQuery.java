package org.zhaoshang.crm.performance.api;

import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The rates of the projects signed in {@code year} (null: every year), sliced by {@code dimension}, at day
 * {@code asOf} (null: today). Managers only.
 *
 * @param knowledge AS_KNOWN_NOW: every fact as known now, dated by the day it happened; AS_KNOWN_THEN: only what had
 *                  been recorded, verified and promised by {@code asOf}
 * @param signedIn  only the projects signed in this month (null: the whole cohort); a month of {@code year}
 */
public record FindPerformanceQuery(Integer year, ConversionDimension dimension, LocalDate asOf, Knowledge knowledge,
                                   YearMonth signedIn) {

    public FindPerformanceQuery {
        dimension = dimension == null ? ConversionDimension.ALL : dimension;
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }

    /** The whole cohort. */
    public FindPerformanceQuery(Integer year, ConversionDimension dimension, LocalDate asOf, Knowledge knowledge) {
        this(year, dimension, asOf, knowledge, null);
    }
}
