package org.zhaoshang.crm.report.schedule;

import java.time.DayOfWeek;

/**
 * When the reports are issued, in the bureau's time: the dispatch of a week on a day of the next week at an hour, the
 * circular of a month on a day of the next month at an hour (a day past the month's length is its last day).
 */
public record ReportScheduleSettings(DayOfWeek dispatchDay, int dispatchHour, int circularDayOfMonth, int circularHour) {

    private static final int LAST_HOUR = 23;
    private static final int LAST_DAY = 31;

    public ReportScheduleSettings {
        if (dispatchDay == null || dispatchHour < 0 || dispatchHour > LAST_HOUR || circularHour < 0
            || circularHour > LAST_HOUR || circularDayOfMonth < 1 || circularDayOfMonth > LAST_DAY) {
            throw new IllegalArgumentException("zhaoshang.reports: the dispatch's day is a day of the week, the "
                                               + "circular's day of month 1 to 31, each hour 0 to 23");
        }
    }
}
