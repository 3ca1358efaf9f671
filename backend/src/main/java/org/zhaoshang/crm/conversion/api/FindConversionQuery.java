package org.zhaoshang.crm.conversion.api;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Conversion history for the months {@code from} to {@code to} (inclusive), one row per value of the dimension.
 *
 * @param asOf      a past day to look back to, or null for everything known now
 * @param knowledge with {@code asOf}: the facts that had happened by then, or only those recorded by then
 */
public record FindConversionQuery(YearMonth from, YearMonth to, ConversionDimension dimension, LocalDate asOf,
                                  Knowledge knowledge) {

    public FindConversionQuery {
        dimension = dimension == null ? ConversionDimension.ALL : dimension;
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }
}
