package org.zhaoshang.crm.report.api;

import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly circular (通报), {@code from} the month's first day {@code to} its last, as known at the end of it.
 *
 * @param rates        the performance rates of the projects signed this year, at the month's end (one row, ALL)
 * @param funnel       the funnel's movement in the month, one row per market (conversion history's MARKET rows)
 * @param redProjects  key projects red at the month's end, most urgent first
 * @param redProblems  problems with a red card at the month's end, most overdue first
 * @param byOwner      staff ranked by signings (then investment) in the year to the month's end
 * @param byAmbassador ambassadors and partners ranked by the signings of the leads they introduced
 * @param byDepartment departments ranked by the share of their problems resolved by the due day
 * @param late         facts of the month recorded after it, when asked for; otherwise empty
 */
public record Circular(YearMonth month, LocalDate from, LocalDate to, Targets targets,
                       PerformanceReport.Row rates, List<ConversionReport.Row> funnel,
                       List<KeyProjectRow> redProjects, List<ProblemRow> redProblems, List<Rank> byOwner,
                       List<Rank> byAmbassador, List<Rank> byDepartment, List<LateFact> late) {

    /**
     * Signings and investment against the year's targets.
     *
     * @param targets                the year's targets, or null when none were set
     * @param reportedInvestmentWan  investment of the agreements signed (as the agreements state), 万元
     * @param verifiedCapitalWan     capital verified as arrived by the month's end, of this year's projects, 万元
     */
    public record Targets(int year, YearTargets targets, long signedInMonth, long signedInYear,
                          BigDecimal reportedInvestmentWanMonth, BigDecimal reportedInvestmentWan,
                          BigDecimal verifiedCapitalWan) {
    }

    /**
     * One place in a ranking.
     *
     * @param key    login name, ambassador id or department code
     * @param name   display name (department: its Chinese name)
     * @param count  signings, or for departments problems resolved by the due day
     * @param of     for departments the problems due in the year to date; otherwise leads worked
     * @param amountWan investment signed, 万元 (null for departments)
     * @param share  count / of, four decimals, or null when {@code of} is 0
     */
    public record Rank(int place, String key, String name, long count, long of, BigDecimal amountWan,
                       BigDecimal share) {
    }
}
