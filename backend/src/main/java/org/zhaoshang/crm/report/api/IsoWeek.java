package org.zhaoshang.crm.report.api;

import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week, written {@code 2026-W49}: Monday to Sunday. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (year < 2000 || year > 2100 || week < 1 || week > weeksIn(year)) {
            throw notAWeek();
        }
    }

    /** Reads {@code 2026-W49}; anything else is a clear error on {@code week}. */
    public static IsoWeek parse(String written) {
        Matcher matcher = written == null ? null : WRITTEN.matcher(written.strip());
        if (matcher == null || !matcher.matches()) {
            throw notAWeek();
        }
        return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Its Monday. */
    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Its Sunday: the day the week's report is as known at the end of. */
    public LocalDate lastDay() {
        return firstDay().plusDays(6);
    }

    public IsoWeek previous() {
        return of(firstDay().minusDays(1));
    }

    private static InvalidInputException notAWeek() {
        return new InvalidInputException(List.of(new FieldViolation("week", "iso-week",
                                                                    "must be an ISO week such as 2026-W49")));
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return firstDay().compareTo(other.firstDay());
    }

    @Override
    public String toString() {
        return "%d-W%02d".formatted(year, week);
    }
}
