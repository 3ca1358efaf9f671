package org.zhaoshang.crm.performance.query;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.performance.api.FindPerformanceProjectsQuery;
import org.zhaoshang.crm.performance.api.FindPerformanceQuery;
import org.zhaoshang.crm.performance.api.FindStuckProjectsQuery;
import org.zhaoshang.crm.performance.api.PerformanceProjects;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.performance.api.StuckList;
import org.zhaoshang.crm.performance.api.StuckProjects;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Performance of signed projects for managers: every answer is one scan of the projects as folded, each looked at on
 * the day asked (as known now: every verified fact dated by the day it happened; as known then: only what was
 * recorded, verified and promised by that day).
 */
@Component
class PerformanceQueries {

    static final String JAPAN_KOREA = "JAPAN_KOREA";
    private static final Set<String> JAPAN_AND_KOREA = Set.of("JAPAN", "KOREA");
    static final int FIRST_YEAR = Commitments.FIRST_DAY.getYear();
    static final int LAST_YEAR = Commitments.LAST_DAY.getYear();

    private final PerformanceProjection projection;
    private final Clock clock;

    PerformanceQueries(PerformanceProjection projection, Clock clock) {
        this.projection = projection;
        this.clock = clock;
    }

    @QueryHandler
    PerformanceReport handle(FindPerformanceQuery query, MetaData metaData) {
        requireManager(metaData);
        LocalDate asOf = checked(query.year(), query.asOf(), new Violations().check(
                query.signedIn() == null || query.year() != null && query.signedIn().getYear() == query.year(),
                "signedIn", "range", "must be a month of the year asked"));
        int taxYear = asOf.getYear() - 1;
        Map<String, SliceTally> rows = new TreeMap<>();
        forEachInCohort(query.year(), asOf, query.knowledge(), project -> {
            if (query.signedIn() != null && !YearMonth.from(project.project.signedOn()).equals(query.signedIn())) {
                return;
            }
            String value = project.project.lead().valueOf(query.dimension());
            rows.computeIfAbsent(value, v -> new SliceTally(v, taxYear)).add(project);
            if (query.dimension() == ConversionDimension.MARKET && JAPAN_AND_KOREA.contains(value)) {
                rows.computeIfAbsent(JAPAN_KOREA, v -> new SliceTally(v, taxYear)).add(project);
            }
        });
        if (query.dimension() == ConversionDimension.ALL) {
            rows.computeIfAbsent("*", v -> new SliceTally(v, taxYear));
        }
        return new PerformanceReport(query.year(), query.dimension(), asOf, query.knowledge(),
                                     rows.values().stream().map(SliceTally::row).toList());
    }

    @QueryHandler
    StuckProjects handle(FindStuckProjectsQuery query, MetaData metaData) {
        requireManager(metaData);
        LocalDate asOf = checked(null, query.asOf(), new Violations());
        Map<StuckList, List<StuckProjects.Entry>> lists = new EnumMap<>(StuckList.class);
        for (StuckList list : StuckList.values()) {
            if (query.kind() == null || list.kinds().contains(query.kind())) {
                lists.put(list, new ArrayList<>());
            }
        }
        forEachInCohort(null, asOf, query.knowledge(), project -> {
            if (query.kind() != null && project.kind != query.kind()) {
                return;
            }
            StuckStep.Stuck stuck = StuckStep.of(project);
            if (stuck != null && lists.containsKey(stuck.list())) {
                lists.get(stuck.list()).add(stuck.entry(project));
            }
        });
        Comparator<StuckProjects.Entry> longestFirst = Comparator.comparingLong(StuckProjects.Entry::daysOverdue)
                                                                 .reversed()
                                                                 .thenComparing(StuckProjects.Entry::projectId);
        return new StuckProjects(query.kind(), asOf, lists.entrySet().stream().map(
                list -> new StuckProjects.Group(list.getKey(), list.getValue().stream().sorted(longestFirst).toList()))
                                                          .toList());
    }

    @QueryHandler
    PerformanceProjects handle(FindPerformanceProjectsQuery query, MetaData metaData) {
        requireManager(metaData);
        Violations violations = new Violations().required("rate", query.rate()).required("part", query.part());
        LocalDate asOf = checked(query.year(), query.asOf(), violations);
        Set<String> values = query.dimension() == ConversionDimension.MARKET && query.value().equals(JAPAN_KOREA)
                             ? JAPAN_AND_KOREA : Set.of(query.value());
        List<PerformanceProjects.ProjectRow> rows = new ArrayList<>();
        forEachInCohort(query.year(), asOf, query.knowledge(), project -> {
            LeadSlices lead = project.project.lead();
            if (values.contains(lead.valueOf(query.dimension()))
                && project.counts(query.rate(), query.part())) {
                RateDays days = RateDays.of(query.rate(), project);
                rows.add(new PerformanceProjects.ProjectRow(
                        project.project.projectId(), project.project.leadId(), lead.companyName(), project.kind,
                        project.project.signedOn(), lead.owner(), lead.responsibleLeader(), project.capitalDueWan,
                        project.capitalVerifiedWan, project.anyDue() && project.metAllOnTime(), days.milestone(),
                        days.promisedOn(), days.actualOn(), days.daysLate()));
            }
        });
        rows.sort(Comparator.comparing(PerformanceProjects.ProjectRow::signedOn)
                            .thenComparing(PerformanceProjects.ProjectRow::projectId));
        return new PerformanceProjects(rows);
    }

    /** The projects signed in the year (every year when null) by the day, each as it stood that day. */
    private void forEachInCohort(Integer year, LocalDate asOf, Knowledge knowledge, Consumer<ProjectAtDay> action) {
        boolean knownThen = knowledge == Knowledge.AS_KNOWN_THEN;
        for (TrackedProject project : projection.projects()) {
            if (year != null && (project.signedOn() == null || project.signedOn().getYear() != year)) {
                continue;
            }
            ProjectAtDay atDay = ProjectAtDay.of(project, asOf, knownThen);
            if (atDay != null) {
                action.accept(atDay);
            }
        }
    }

    /** The day looked at (today when none), after the parameters' checks. */
    private LocalDate checked(Integer year, LocalDate asOf, Violations violations) {
        violations.between("year", year, FIRST_YEAR, LAST_YEAR)
                  .check(asOf == null || !asOf.isBefore(Commitments.FIRST_DAY) && !asOf.isAfter(Commitments.LAST_DAY),
                         "asOf", "range", "must be between " + Commitments.FIRST_DAY + " and " + Commitments.LAST_DAY)
                  .throwIfAny();
        return asOf == null ? BureauTime.today(clock) : asOf;
    }

    /** Performance, like conversion history, is for managers. */
    private static void requireManager(MetaData metaData) {
        Caller.from(metaData).require("Performance of signed projects", Role.MANAGER);
    }
}
