package org.zhaoshang.crm.report.api;

/**
 * An issued report and what it says, as kept when it was issued (filtered for the reader).
 *
 * @param dispatch the content of a dispatch, else null
 * @param circular the content of a circular, else null
 */
public record IssuedReportContent(IssuedReports.Row row, Dispatch dispatch, Circular circular) {
}
