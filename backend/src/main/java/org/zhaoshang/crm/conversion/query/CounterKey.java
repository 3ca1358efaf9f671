package org.zhaoshang.crm.conversion.query;

import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Measure;

import java.time.YearMonth;

/** One counter of conversion history: a measure in a month, of an item (stage, reason, location), for a slice. */
record CounterKey(Measure measure, YearMonth month, String item, ConversionDimension dimension, String value) {
}
