package org.zhaoshang.crm.performance.api;

/** Which side of a rate's fraction to open: the projects counted above or below the line. */
public enum FigurePart {
    NUMERATOR,
    DENOMINATOR
}
