package org.zhaoshang.crm.report.web;

import org.zhaoshang.crm.report.api.ReportKind;

/**
 * Issue a report by hand.
 *
 * @param period {@code 2026-W49} for a dispatch, {@code 2026-11} for a circular; it must have ended
 */
public record IssueReportRequest(ReportKind kind, String period) {
}
