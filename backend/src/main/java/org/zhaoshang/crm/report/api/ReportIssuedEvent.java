package org.zhaoshang.crm.report.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A report was issued: what it says is kept (by its id) and it is handed to its readers.
 *
 * @param madeBy the user who issued it, or the application's schedule
 */
@Revision("1")
public record ReportIssuedEvent(String reportId, ReportKind kind, String period, Instant madeAt, String madeBy) {
}
