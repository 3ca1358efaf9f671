package org.zhaoshang.crm.report.api;

/**
 * An issued report as it was kept when issued, filtered for the caller (a leader: the rows, red projects, red problems
 * and late facts of the key projects they answer for). Answers {@link IssuedReportContent}; an unknown id is not found.
 */
public record FindIssuedReportQuery(String reportId) {
}
