package org.zhaoshang.crm.report.query;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.LateFact;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monthly circular at the month's last day as known then: signings and investment against the year's targets,
 * the rates of the year's projects, the month's funnel by market, red projects and problems, and the rankings.
 */
@Component
class CircularAssembly {

    private final ReportSources sources;
    private final CircularRankings rankings;
    private final LateFacts lateFacts;
    private final Clock clock;

    CircularAssembly(ReportSources sources, CircularRankings rankings, LateFacts lateFacts, Clock clock) {
        this.sources = sources;
        this.rankings = rankings;
        this.lateFacts = lateFacts;
        this.clock = clock;
    }

    Circular assemble(YearMonth month, boolean withLate, ReportAccess access) {
        ReportPeriod period = ReportPeriod.of("month", month.atDay(1), month.atEndOfMonth(), BureauTime.today(clock));
        int year = month.getYear();
        PerformanceReport.Row ofYear = allRow(sources.performance(year, ConversionDimension.ALL, period.asOf(), null));
        PerformanceReport.Row ofMonth = allRow(sources.performance(year, ConversionDimension.ALL, period.asOf(),
                                                                   month));
        Circular.Targets targets = new Circular.Targets(
                year, sources.targets(year, period.asOf()), ofMonth.projects(), ofYear.projects(), investment(ofMonth),
                investment(ofYear), ofYear.promisedVsActual().capitalVerifiedWan());
        List<KeyProjectRow> keyProjects = sources.keyProjects(year, period.asOf(), null).stream()
                                                 .filter(row -> access.sees(row.leader())).toList();
        Set<String> seen = keyProjects.stream().map(KeyProjectRow::leadId).collect(Collectors.toSet());
        List<ProblemRow> redProblems = sources.problems(null, Escalation.RED, period.asOf()).rows().stream()
                .filter(problem -> access.leader() == null || seen.contains(problem.leadId())).toList();
        List<LateFact> late = withLate ? lateFacts.of(dossiers(keyProjects, period), period) : List.of();
        return new Circular(month, period.from(), period.to(), targets, ofYear,
                            sources.conversion(month, month, ConversionDimension.MARKET, period.asOf()).rows(),
                            keyProjects.stream().filter(row -> row.light() == Light.RED).toList(), redProblems,
                            rankings.byOwner(year, period), rankings.byAmbassador(year, period),
                            rankings.byDepartment(year, period), late);
    }

    private List<KeyProjectDossier> dossiers(List<KeyProjectRow> keyProjects, ReportPeriod period) {
        List<KeyProjectDossier> dossiers = new ArrayList<>();
        keyProjects.forEach(row -> sources.dossier(row.year(), row.leadId(), period.asOf(), Knowledge.AS_KNOWN_THEN)
                                          .ifPresent(dossiers::add));
        return dossiers;
    }

    /** The one row of an ALL report (performance always answers it). */
    private static PerformanceReport.Row allRow(PerformanceReport report) {
        return report.rows().get(0);
    }

    private static BigDecimal investment(PerformanceReport.Row row) {
        BigDecimal investment = row.promisedVsActual().investmentWan();
        return investment == null ? BigDecimal.ZERO : investment;
    }
}
