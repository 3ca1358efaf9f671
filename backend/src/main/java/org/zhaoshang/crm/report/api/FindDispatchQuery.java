package org.zhaoshang.crm.report.api;

/**
 * The weekly dispatch of key projects for {@code week}, as known at the end of its Sunday; with {@code withLate} also
 * the facts of the week recorded since. Answers {@link Dispatch}. Leaders get only the projects they answer for.
 */
public record FindDispatchQuery(IsoWeek week, boolean withLate) {
}
