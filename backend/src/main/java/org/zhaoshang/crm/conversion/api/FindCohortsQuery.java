package org.zhaoshang.crm.conversion.api;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * For each month from {@code from} to {@code to}: the leads of a slice identified then, and how many reached each
 * stage by now, or by a past day.
 *
 * @param asOf      a past day to look back to, or null for everything known now
 * @param knowledge with {@code asOf}: the facts that had happened by then, or only those recorded by then
 */
public record FindCohortsQuery(YearMonth from, YearMonth to, ConversionDimension dimension, String value,
                               LocalDate asOf, Knowledge knowledge) {

    public FindCohortsQuery {
        dimension = dimension == null ? ConversionDimension.ALL : dimension;
        value = value == null ? "*" : value;
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }

    /** As known now. */
    public FindCohortsQuery(YearMonth from, YearMonth to, ConversionDimension dimension, String value) {
        this(from, to, dimension, value, null, null);
    }
}
