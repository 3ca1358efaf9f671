package org.zhaoshang.crm.conversion.api;

import java.time.YearMonth;

/** The leads behind one figure of conversion history: a measure, its item (a stage, reason or location), a slice. */
public record FindConversionLeadsQuery(YearMonth from, YearMonth to, ConversionDimension dimension, String value,
                                       Measure measure, String item) {

    public FindConversionLeadsQuery {
        dimension = dimension == null ? ConversionDimension.ALL : dimension;
        value = value == null ? "*" : value;
    }
}
