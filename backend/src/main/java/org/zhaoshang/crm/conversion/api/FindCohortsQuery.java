package org.zhaoshang.crm.conversion.api;

import java.time.YearMonth;

/** For each month from {@code from} to {@code to}: the leads identified then, and how many reached each stage by now. */
public record FindCohortsQuery(YearMonth from, YearMonth to, ConversionDimension dimension, String value) {

    public FindCohortsQuery {
        dimension = dimension == null ? ConversionDimension.ALL : dimension;
        value = value == null ? "*" : value;
    }
}
