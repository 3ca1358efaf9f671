package org.zhaoshang.crm.report.api;

import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The period a report is of: an ISO week ({@code 2026-W49}) for a dispatch, a month ({@code 2026-11}) for a circular,
 * from its first day to its last. What a report says is what was known at the end of its last day; a period still
 * running is read so far (as known today), and only a finished one is issued.
 */
public record ReportPeriod(ReportKind kind, String written, LocalDate firstDay, LocalDate lastDay) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** The period written for its kind; anything else is a clear error on {@code field}. */
    public static ReportPeriod parse(ReportKind kind, String written, String field) {
        if (kind == null) {
            throw invalid("kind", "required", "must be DISPATCH or CIRCULAR");
        }
        if (kind == ReportKind.DISPATCH) {
            try {
                return of(IsoWeek.parse(written));
            } catch (InvalidInputException notAWeek) {
                throw invalid(field, "iso-week", "must be an ISO week such as 2026-W49");
            }
        }
        var matcher = written == null ? null : MONTH.matcher(written.strip());
        if (matcher == null || !matcher.matches()) {
            throw invalid(field, "month", "must be a month such as 2026-11");
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) {
            throw invalid(field, "month", "must be a month such as 2026-11");
        }
        return of(YearMonth.of(year, month));
    }

    public static ReportPeriod of(IsoWeek week) {
        return new ReportPeriod(ReportKind.DISPATCH, week.toString(), week.firstDay(), week.lastDay());
    }

    public static ReportPeriod of(YearMonth month) {
        return new ReportPeriod(ReportKind.CIRCULAR, month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    /** Whether the period's last day is over on {@code today} (the bureau's day). */
    public boolean endedBy(LocalDate today) {
        return lastDay.isBefore(today);
    }

    /** Refuses a period that has not ended by {@code today}, naming {@code field}. */
    public ReportPeriod requireEnded(LocalDate today, String field) {
        if (!endedBy(today)) {
            throw invalid(field, "ended", "must have ended: a report is of a finished period (this one ends "
                                          + lastDay + ")");
        }
        return this;
    }

    /**
     * Refuses a period that has not begun by {@code today}, naming {@code field}. A running period is read "so far":
     * as known today, until it has ended and is known as at its end.
     */
    public ReportPeriod requireBegun(LocalDate today, String field) {
        if (firstDay.isAfter(today)) {
            throw invalid(field, "begun", "must have begun: this period begins " + firstDay);
        }
        return this;
    }

    public IsoWeek week() {
        return IsoWeek.parse(written);
    }

    public YearMonth month() {
        return YearMonth.parse(written);
    }

    public String reportId() {
        return ReportIds.of(kind, written);
    }

    private static InvalidInputException invalid(String field, String rule, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, rule, message)));
    }
}
