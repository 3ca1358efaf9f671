package org.zhaoshang.crm.supervision.api.query;

import java.util.List;

/** Problems, most overdue first, at most {@link #MAX_ROWS}; {@code total} counts them all. */
public record ProblemList(List<ProblemRow> rows, int total) {

    public static final int MAX_ROWS = 1_000;
}
