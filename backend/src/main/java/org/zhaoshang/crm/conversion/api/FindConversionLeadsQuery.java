package org.zhaoshang.crm.conversion.api;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The leads behind one figure of conversion history: a measure, its item (a stage, reason or location), a slice; as
 * known now, or as the figure stood on a past day ({@code asOf}, with its {@code knowledge}).
 */
public record FindConversionLeadsQuery(YearMonth from, YearMonth to, ConversionDimension dimension, String value,
                                       Measure measure, String item, LocalDate asOf, Knowledge knowledge) {

    public FindConversionLeadsQuery {
        dimension = dimension == null ? ConversionDimension.ALL : dimension;
        value = value == null ? "*" : value;
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }

    /** As known now. */
    public FindConversionLeadsQuery(YearMonth from, YearMonth to, ConversionDimension dimension, String value,
                                    Measure measure, String item) {
        this(from, to, dimension, value, measure, item, null, null);
    }
}
