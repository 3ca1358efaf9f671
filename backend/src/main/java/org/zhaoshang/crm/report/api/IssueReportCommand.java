package org.zhaoshang.crm.report.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issues a report for a finished period: keeps what it says and hands it out. Given once per report; the schedule of
 * every node may try, one succeeds.
 *
 * @param period {@code 2026-W49} for a dispatch, {@code 2026-11} for a circular
 */
public record IssueReportCommand(ReportKind kind, String period) {

    /** A period written as its kind writes it ({@code 2026-W49}, {@code 2026-11}); else a 400 on {@code period}. */
    public IssueReportCommand {
        period = ReportPeriod.parse(kind, period, "period").written();
    }

    @TargetAggregateIdentifier
    public String reportId() {
        return ReportIds.of(kind, period);
    }
}
