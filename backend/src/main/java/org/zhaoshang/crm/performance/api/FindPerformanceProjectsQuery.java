package org.zhaoshang.crm.performance.api;

import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;

import java.time.LocalDate;

/**
 * The projects behind one figure of a {@link PerformanceReport}: the same cohort, day and knowledge, a rate, a side of
 * its fraction and a slice value ("*" for ALL; JAPAN_KOREA for Japan and Korea together). Managers only.
 */
public record FindPerformanceProjectsQuery(Integer year, ConversionDimension dimension, String value, Rate rate,
                                           FigurePart part, LocalDate asOf, Knowledge knowledge) {

    public FindPerformanceProjectsQuery {
        dimension = dimension == null ? ConversionDimension.ALL : dimension;
        value = value == null ? "*" : value;
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }
}
