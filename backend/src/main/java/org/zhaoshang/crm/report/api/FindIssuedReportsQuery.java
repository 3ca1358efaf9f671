package org.zhaoshang.crm.report.api;

/** The reports issued so far, of one kind (null: both), newest first. Answers {@link IssuedReports}. */
public record FindIssuedReportsQuery(ReportKind kind) {
}
