package org.zhaoshang.crm.report.query;

import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.LocalDate;
import java.util.List;

/**
 * The days of a report, {@code from} to {@code to}, and the day it is as known at the end of: its last day, or today
 * while the period runs (its report is then the one so far).
 */
record ReportPeriod(LocalDate from, LocalDate to, LocalDate asOf) {

    /** The period, refused when it has not begun by {@code today}. */
    static ReportPeriod of(String field, LocalDate from, LocalDate to, LocalDate today) {
        if (from.isAfter(today)) {
            throw new InvalidInputException(List.of(new FieldViolation(field, "range",
                                                                       "must have begun by today (" + today + ")")));
        }
        return new ReportPeriod(from, to, to.isAfter(today) ? today : to);
    }

    boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
