package org.zhaoshang.crm.report.issued;

import org.zhaoshang.crm.report.api.ReportPeriod;

import java.time.Instant;

/** Keeps what a report says as it is issued: asked of the reports' queries whole, stored once. */
public interface ReportKeeping {

    /** Keeps the report of the period (a second call for it changes nothing). */
    void keep(ReportPeriod period, Instant madeAt, String madeBy);
}
