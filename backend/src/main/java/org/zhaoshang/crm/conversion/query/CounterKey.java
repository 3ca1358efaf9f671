package org.zhaoshang.crm.conversion.query;

import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Measure;

import java.time.YearMonth;
import java.util.Objects;

/** One counter of conversion history: a measure in a month, of an item (stage, reason, location), for a slice. */
record CounterKey(Measure measure, YearMonth month, String item, ConversionDimension dimension, String value) {

    /**
     * Spread over every field: the record's own hash of these fields (enums hashed by identity, months by year and
     * month) left many counters in the same few buckets, and a look back spent most of its time comparing them.
     */
    @Override
    public int hashCode() {
        int hash = measure.ordinal();
        hash = hash * 31 + month.getYear() * 12 + month.getMonthValue();
        hash = hash * 31 + item.hashCode();
        hash = hash * 31 + dimension.ordinal();
        hash = hash * 31 + Objects.hashCode(value);
        return hash * 0x9E3779B9;
    }
}
