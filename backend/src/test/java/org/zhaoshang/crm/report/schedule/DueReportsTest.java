package org.zhaoshang.crm.report.schedule;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.report.api.ReportPeriod;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which reports are due at a moment: the latest week and month whose day and hour have come. */
class DueReportsTest {

    private static final ReportScheduleSettings DEFAULTS = new ReportScheduleSettings(DayOfWeek.MONDAY, 8, 3, 9);

    @Test
    void onMondayAtEightLastWeeksDispatchIsDueAndBeforeItTheWeekBefore() {
        assertThat(due("2026-12-07T08:00")).containsExactly("2026-W49", "2026-11");
        assertThat(due("2026-12-07T07:59")).containsExactly("2026-W48", "2026-11");
        assertThat(due("2026-12-13T23:00")).containsExactly("2026-W49", "2026-11");
    }

    @Test
    void onTheThirdAtNineLastMonthsCircularIsDueAndBeforeItTheMonthBefore() {
        assertThat(due("2026-12-03T09:00")).containsExactly("2026-W48", "2026-11");
        assertThat(due("2026-12-03T08:59")).containsExactly("2026-W48", "2026-10");
        assertThat(due("2027-01-04T10:00")).containsExactly("2026-W53", "2026-12");
    }

    @Test
    void aDayPastTheMonthsLengthIsItsLastDay() {
        ReportScheduleSettings late = new ReportScheduleSettings(DayOfWeek.FRIDAY, 17, 31, 9);
        assertThat(DueReports.at(LocalDateTime.parse("2026-03-01T08:00"), late)).extracting(ReportPeriod::written)
                                                                                 .containsExactly("2026-W08",
                                                                                                  "2026-01");
        assertThat(DueReports.at(LocalDateTime.parse("2026-02-28T09:00"), late)).extracting(ReportPeriod::written)
                                                                                 .contains("2026-01");
    }

    private static List<String> due(String at) {
        return DueReports.at(LocalDateTime.parse(at), DEFAULTS).stream().map(ReportPeriod::written).toList();
    }
}
