package org.zhaoshang.crm.report.schedule;

import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.report.api.ReportPeriod;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The reports due at a moment of the bureau's time: the latest week whose dispatch's day and hour have come, and the
 * latest month whose circular's have. Only the latest of each: a week missed entirely is issued by hand.
 */
final class DueReports {

    private DueReports() {
    }

    static List<ReportPeriod> at(LocalDateTime now, ReportScheduleSettings settings) {
        IsoWeek week = IsoWeek.of(now.toLocalDate()).previous();
        if (issueMoment(week, settings).isAfter(now)) {
            week = week.previous();
        }
        YearMonth month = YearMonth.from(now).minusMonths(1);
        if (issueMoment(month, settings).isAfter(now)) {
            month = month.minusMonths(1);
        }
        return List.of(ReportPeriod.of(week), ReportPeriod.of(month));
    }

    private static LocalDateTime issueMoment(IsoWeek week, ReportScheduleSettings settings) {
        return week.lastDay().plusDays(1).with(TemporalAdjusters.nextOrSame(settings.dispatchDay()))
                   .atTime(settings.dispatchHour(), 0);
    }

    private static LocalDateTime issueMoment(YearMonth month, ReportScheduleSettings settings) {
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(settings.circularDayOfMonth(), next.lengthOfMonth()))
                   .atTime(settings.circularHour(), 0);
    }
}
