package org.zhaoshang.crm.report.api;

import java.time.YearMonth;

/**
 * The monthly circular for {@code month}, as known at the end of its last day; with {@code withLate} also the facts
 * of the month recorded since. Answers {@link Circular}. Leaders get the red lists of their own projects only.
 */
public record FindCircularQuery(YearMonth month, boolean withLate) {
}
