package org.zhaoshang.crm.report.query;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.report.api.LateFact;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.query.InstructionRow;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier.DesignationEntry;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The weekly dispatch: the year's key projects at the week's Sunday as known then, most urgent first as supervision
 * orders them, each with the week's progress, open problems and next steps (open follow-ups and problems' due days)
 * from its dossier at that Sunday, and the
 * marks of what changed against the Sunday before (as the dispatch of that week said it).
 */
@Component
class DispatchAssembly {

    private static final Comparator<Dispatch.NextStep> SOONEST_FIRST =
            Comparator.comparing(Dispatch.NextStep::dueOn)
                      .thenComparing(Dispatch.NextStep::text, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final ReportSources sources;
    private final ReportNames names;
    private final LateFacts lateFacts;
    private final Clock clock;

    DispatchAssembly(ReportSources sources, ReportNames names, LateFacts lateFacts, Clock clock) {
        this.sources = sources;
        this.names = names;
        this.lateFacts = lateFacts;
        this.clock = clock;
    }

    Dispatch assemble(IsoWeek week, boolean withLate, ReportAccess access) {
        ReportPeriod period = ReportPeriod.of("week", week.firstDay(), week.lastDay(), BureauTime.today(clock));
        int year = period.asOf().getYear();
        LocalDate lastSunday = period.from().minusDays(1);
        Map<String, KeyProjectRow> lastWeek = sources.keyProjects(lastSunday.getYear(), lastSunday, null).stream()
                                                     .collect(Collectors.toMap(KeyProjectRow::leadId,
                                                                               Function.identity()));
        List<KeyProjectRow> key = sources.keyProjects(year, period.asOf(), null).stream()
                                         .filter(row -> access.sees(row.leader())).toList();
        List<Dispatch.Row> rows = new ArrayList<>();
        List<KeyProjectDossier> dossiers = new ArrayList<>();
        for (KeyProjectRow row : key) {
            sources.dossier(year, row.leadId(), period.asOf(), Knowledge.AS_KNOWN_THEN).ifPresent(dossier -> {
                dossiers.add(dossier);
                rows.add(row(row, dossier, lastWeek.get(row.leadId()), period));
            });
        }
        List<Dispatch.Stopped> stopped = new ArrayList<>();
        if (lastSunday.getYear() == year) {
            Set<String> stillKey = key.stream().map(KeyProjectRow::leadId).collect(Collectors.toSet());
            lastWeek.values().stream()
                    .filter(row -> !stillKey.contains(row.leadId()) && access.sees(row.leader()))
                    .sorted(Comparator.comparing(KeyProjectRow::leadId))
                    .forEach(row -> sources.dossier(year, row.leadId(), period.asOf(), Knowledge.AS_KNOWN_THEN)
                                           .flatMap(dossier -> stopped(row, dossier, period))
                                           .ifPresent(stopped::add));
        }
        List<LateFact> late = withLate ? lateFacts.of(dossiers, period) : List.of();
        return new Dispatch(week, period.from(), period.to(), List.copyOf(rows), List.copyOf(stopped), late);
    }

    private Dispatch.Row row(KeyProjectRow row, KeyProjectDossier dossier, KeyProjectRow lastWeek,
                             ReportPeriod period) {
        List<Dispatch.WeekFact> progress = dossier.progress().stream()
                .filter(mark -> period.contains(mark.on()))
                .map(mark -> new Dispatch.WeekFact(mark.on(), mark.signal(), mark.summary()))
                .sorted(Comparator.comparing(Dispatch.WeekFact::on).thenComparing(Dispatch.WeekFact::signal))
                .toList();
        List<ProblemRow> open = dossier.problems().stream().filter(problem -> problem.status().open()).toList();
        List<Dispatch.OpenProblem> openProblems = open.stream().map(problem -> new Dispatch.OpenProblem(
                problem.problemId(), problem.description(), problem.department(),
                names.department(problem.department()), problem.dueOn(), problem.status(), problem.escalation(),
                problem.daysOverdue())).toList();
        List<Dispatch.NextStep> nextSteps = new ArrayList<>();
        dossier.followUps().forEach(followUp -> nextSteps.add(new Dispatch.NextStep(
                followUp.dueOn(), followUp.nextStep(), followUp.assignee(), names.person(followUp.assignee()))));
        open.forEach(problem -> nextSteps.add(new Dispatch.NextStep(problem.dueOn(), problem.description(),
                                                                    problem.department(),
                                                                    names.department(problem.department()))));
        nextSteps.sort(SOONEST_FIRST);
        return new Dispatch.Row(row.year(), row.leadId(), row.company(), row.market(), row.owner(),
                                names.person(row.owner()), row.leader(), names.person(row.leader()),
                                row.department(), names.department(row.department()), row.stage(), row.light(),
                                row.reasons(), progress, openProblems, List.copyOf(nextSteps), row.promise(),
                                lastWeek == null ? null : lastWeek.light(), lastWeek == null ? null : lastWeek.stage(),
                                changes(row, dossier, lastWeek, period));
    }

    private static Set<Dispatch.Change> changes(KeyProjectRow row, KeyProjectDossier dossier, KeyProjectRow lastWeek,
                                                ReportPeriod period) {
        Set<Dispatch.Change> changes = EnumSet.noneOf(Dispatch.Change.class);
        if (lastWeek == null) {
            changes.add(Dispatch.Change.NEW_KEY_PROJECT);
        } else {
            int light = row.light().compareTo(lastWeek.light());
            if (light > 0) {
                changes.add(Dispatch.Change.LIGHT_WORSE);
            } else if (light < 0) {
                changes.add(Dispatch.Change.LIGHT_BETTER);
            }
            if (row.stage() != null && lastWeek.stage() != null && row.stage().compareTo(lastWeek.stage()) > 0) {
                changes.add(Dispatch.Change.STAGE_ADVANCED);
            }
        }
        if (dossier.problems().stream().anyMatch(problem -> period.contains(problem.raisedOn()))) {
            changes.add(Dispatch.Change.PROBLEM_RAISED);
        }
        if (dossier.problems().stream().anyMatch(problem -> period.contains(problem.resolvedOn()))) {
            changes.add(Dispatch.Change.PROBLEM_SOLVED);
        }
        if (dossier.instructions().stream().map(InstructionRow::writtenOn).anyMatch(period::contains)) {
            changes.add(Dispatch.Change.INSTRUCTION);
        }
        return Collections.unmodifiableSet(changes);
    }

    /** The project stopped during the week, with the day and reason of its stop. */
    private static Optional<Dispatch.Stopped> stopped(KeyProjectRow lastWeek, KeyProjectDossier dossier,
                                                                ReportPeriod period) {
        if (dossier.stoppedReason() == null) {
            return Optional.empty();
        }
        DesignationEntry stop = dossier.designations().get(dossier.designations().size() - 1);
        return period.contains(stop.on())
               ? Optional.of(new Dispatch.Stopped(lastWeek.year(), lastWeek.leadId(), lastWeek.company(),
                                                            stop.on(), dossier.stoppedReason()))
               : Optional.empty();
    }
}
