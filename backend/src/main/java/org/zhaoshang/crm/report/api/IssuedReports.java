package org.zhaoshang.crm.report.api;

import java.time.Instant;
import java.util.List;

/** The reports issued, newest first. */
public record IssuedReports(List<Row> rows) {

    public record Row(String reportId, ReportKind kind, String period, Instant madeAt, String madeBy) {
    }
}
