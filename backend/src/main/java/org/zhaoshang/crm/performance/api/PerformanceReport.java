package org.zhaoshang.crm.performance.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * The rates of a cohort at a day, one row per value of the dimension (MARKET adds a JAPAN_KOREA row, as conversion
 * history does; ALL has the one row "*").
 *
 * @param year the cohort (year of signing), or null for every project signed by the day
 */
public record PerformanceReport(Integer year, ConversionDimension dimension, LocalDate asOf, Knowledge knowledge,
                                List<Row> rows) {

    /**
     * @param value    the dimension's value ("*" for ALL, "" for projects whose lead has none)
     * @param projects the cohort's projects in the slice (signed by the day)
     * @param figures  one per {@link Rate}, in its order
     */
    @Schema(name = "PerformanceRow")
    public record Row(String value, long projects, List<Figure> figures, PromisedVsActual promisedVsActual) {
    }
}
