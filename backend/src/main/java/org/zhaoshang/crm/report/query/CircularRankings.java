package org.zhaoshang.crm.report.query;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.report.api.Circular.Rank;
import org.zhaoshang.crm.supervision.api.query.ProblemList;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The circular's rankings for the year to the month's end: owners and ambassadors by the projects signed (then their
 * investment), as performance slices them, each of the leads they brought in this year; departments by the share of
 * their problems due this year resolved by the due day.
 */
@Component
class CircularRankings {

    private final ReportSources sources;
    private final ReportNames names;
    private final DepartmentCatalog departments;

    CircularRankings(ReportSources sources, ReportNames names, DepartmentCatalog departments) {
        this.sources = sources;
        this.names = names;
        this.departments = departments;
    }

    List<Rank> byOwner(int year, ReportPeriod period) {
        return bySignings(year, period, ConversionDimension.OWNER, names::person);
    }

    List<Rank> byAmbassador(int year, ReportPeriod period) {
        return bySignings(year, period, ConversionDimension.AMBASSADOR, names::ambassador);
    }

    private List<Rank> bySignings(int year, ReportPeriod period, ConversionDimension dimension,
                                  Function<String, String> name) {
        Map<String, Long> identified = new HashMap<>();
        for (ConversionReport.Row row : sources.conversion(YearMonth.of(year, 1), YearMonth.from(period.to()),
                                                           dimension, period.asOf()).rows()) {
            row.stages().stream().filter(stage -> stage.stage() == Stage.LEAD).findFirst()
               .ifPresent(stage -> identified.put(row.value(), stage.entered()));
        }
        List<Rank> entries = new ArrayList<>();
        for (PerformanceReport.Row row : sources.performance(year, dimension, period.asOf(), null).rows()) {
            if (row.value() != null && !row.value().isEmpty() && row.projects() > 0) {
                entries.add(Rankings.unplaced(row.value(), name.apply(row.value()), row.projects(),
                                              identified.getOrDefault(row.value(), 0L),
                                              row.promisedVsActual().investmentWan()));
            }
        }
        return Rankings.placed(entries, Rankings.BY_SIGNINGS);
    }

    /** Departments with problems due from the year's first day to the period's end. */
    List<Rank> byDepartment(int year, ReportPeriod period) {
        LocalDate first = LocalDate.of(year, 1, 1);
        Map<String, long[]> tally = new TreeMap<>();
        for (ProblemRow problem : problems(period)) {
            if (problem.department() != null && problem.dueOn() != null && !problem.dueOn().isBefore(first)
                && !problem.dueOn().isAfter(period.to())) {
                long[] counts = tally.computeIfAbsent(problem.department(), code -> new long[2]);
                counts[1]++;
                counts[0] += problem.resolvedOn() != null && !problem.resolvedOn().isAfter(problem.dueOn()) ? 1 : 0;
            }
        }
        List<Rank> entries = new ArrayList<>();
        tally.forEach((code, counts) -> entries.add(Rankings.unplaced(code, names.department(code), counts[0],
                                                                      counts[1], null)));
        return Rankings.placed(entries, Rankings.BY_SHARE);
    }

    /** Every problem at the period's end; department by department when there are more than one answer holds. */
    private List<ProblemRow> problems(ReportPeriod period) {
        ProblemList all = sources.problems(null, null, period.asOf());
        if (all.total() <= all.rows().size()) {
            return all.rows();
        }
        List<ProblemRow> rows = new ArrayList<>();
        for (Department department : departments.all()) {
            rows.addAll(sources.problems(department.code(), null, period.asOf()).rows());
        }
        return rows;
    }
}
