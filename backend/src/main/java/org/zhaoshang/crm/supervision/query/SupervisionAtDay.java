package org.zhaoshang.crm.supervision.query;

import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.performance.api.LeadPromises;
import org.zhaoshang.crm.performance.api.ProjectPromises;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.ProgressSignal;
import org.zhaoshang.crm.supervision.api.query.InstructionRow;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier;
import org.zhaoshang.crm.supervision.api.query.KeyProjectDossier.ProgressMark;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemEntry;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The supervision read model looked at on one day, as known now or then: key projects with their lights, problems
 * with their escalation, progress, instructions. Made for one query; judges only what it is asked.
 */
final class SupervisionAtDay {

    /** Urgency: red, yellow, green; then more red problems; then longer without progress; then by lead. */
    static final Comparator<KeyProjectRow> MOST_URGENT_FIRST =
            Comparator.comparing(KeyProjectRow::light, Comparator.reverseOrder())
                      .thenComparing(KeyProjectRow::redProblems, Comparator.reverseOrder())
                      .thenComparing(KeyProjectRow::daysWithoutProgress, Comparator.reverseOrder())
                      .thenComparing(KeyProjectRow::leadId);
    /** Most overdue first, then the earliest due, then by id. */
    static final Comparator<ProblemRow> MOST_OVERDUE_FIRST =
            Comparator.comparing(ProblemRow::daysOverdue, Comparator.reverseOrder())
                      .thenComparing(ProblemRow::dueOn)
                      .thenComparing(ProblemRow::problemId);
    private static final int SUMMARY_LENGTH = 100;

    private final SupervisionProjection projection;
    private final RulesInForce rulesInForce;
    private final ProjectPromises promises;
    private final LocalDate day;
    private final boolean knownThen;
    private final LightRules rules;

    SupervisionAtDay(SupervisionProjection projection, RulesInForce rulesInForce, ProjectPromises promises,
                     LocalDate day, boolean knownThen) {
        this.projection = projection;
        this.rulesInForce = rulesInForce;
        this.promises = promises;
        this.day = day;
        this.knownThen = knownThen;
        this.rules = rulesInForce.at(day, knownThen ? day : null);
    }

    LocalDate day() {
        return day;
    }

    boolean knownThen() {
        return knownThen;
    }

    LightRules rules() {
        return rules;
    }

    /** The same read model looked at on another day (as known then: as it was known that day). */
    SupervisionAtDay on(LocalDate other) {
        return new SupervisionAtDay(projection, rulesInForce, promises, other, knownThen);
    }

    /** The year's key projects on the day (designated and not stopped), as rows. */
    List<KeyProjectRow> rows(int year) {
        List<KeyProjectRow> rows = new ArrayList<>();
        for (KeyProjectMarks project : projection.keyProjects()) {
            if (project.year() == year) {
                KeyProjectMarks.AtDay designation = project.at(day, knownThen);
                if (designation != null && designation.key()) {
                    rows.add(row(project, designation));
                }
            }
        }
        rows.sort(MOST_URGENT_FIRST);
        return rows;
    }

    /** The key project's row under the designation it has on the day (the last, when it stopped). */
    KeyProjectRow row(KeyProjectMarks project, KeyProjectMarks.AtDay designation) {
        LeadMarks lead = projection.lead(project.leadId());
        LeadPromises promised = promised(project.leadId());
        LightInputs inputs = inputs(project, designation, promised);
        LightJudge.Judgement judgement = LightJudge.judge(rules, inputs);
        int overdue = 0;
        int red = 0;
        for (LightInputs.OpenProblem problem : inputs.openProblems()) {
            long days = LightJudge.daysOverdue(problem.dueOn(), day);
            overdue += days > 0 ? 1 : 0;
            red += rules.escalation(days) == Escalation.RED ? 1 : 0;
        }
        LocalDate progressFrom = inputs.lastProgressOn() != null ? inputs.lastProgressOn() : designation.since();
        return new KeyProjectRow(project.year(), project.leadId(), lead == null ? null : lead.company(),
                                 lead == null ? null : lead.market(),
                                 lead == null ? null : lead.stageAt(day, knownThen),
                                 lead == null ? null : lead.owner(), designation.designation().leader(),
                                 designation.designation().department(), designation.designation().goal(),
                                 judgement.light(), judgement.reasons(), inputs.lastProgressOn(),
                                 Math.max(0, day.toEpochDay() - progressFrom.toEpochDay()),
                                 inputs.openProblems().size(), overdue, red, Promises.of(promised),
                                 designation.since());
    }

    /** What the key project's light depends on at the day, under its designation then. */
    LightInputs inputs(KeyProjectMarks project, KeyProjectMarks.AtDay designation) {
        return inputs(project, designation, promised(project.leadId()));
    }

    private LightInputs inputs(KeyProjectMarks project, KeyProjectMarks.AtDay designation, LeadPromises promised) {
        List<LightInputs.OpenProblem> open = new ArrayList<>();
        for (ProblemMarks problem : projection.problemsOf(project.leadId())) {
            ProblemMarks.AtDay atDay = problem.at(day, knownThen);
            if (atDay != null && atDay.status().open()) {
                open.add(new LightInputs.OpenProblem(problem.problemId(), atDay.dueOn()));
            }
        }
        LocalDate lastProgressOn = progress(project.leadId()).stream().map(ProgressMark::on)
                                                             .max(Comparator.naturalOrder()).orElse(null);
        return new LightInputs(day, designation.since(), lastProgressOn, open, Promises.milestones(promised));
    }

    /** The progress of the lead the rules in force count, known on the day, newest first. */
    List<ProgressMark> progress(String leadId) {
        Set<ProgressSignal> counted = rules.progress();
        List<ProgressMark> marks = new ArrayList<>();
        LeadMarks lead = projection.lead(leadId);
        if (lead != null && counted.contains(ProgressSignal.STAGE_MOVE)) {
            lead.moves().stream().filter(move -> move.forward() && known(move.on(), move.recordedOn()))
                .forEach(move -> marks.add(new ProgressMark(move.on(), ProgressSignal.STAGE_MOVE,
                                                            move.from() + " → " + move.to(), move.recordedOn())));
        }
        if (lead != null && counted.contains(ProgressSignal.ACTIVITY)) {
            lead.activities().values().stream().map(activity -> activity.at(day, knownThen))
                .filter(version -> version != null)
                .forEach(version -> marks.add(new ProgressMark(version.on(), ProgressSignal.ACTIVITY,
                                                               version.type().name(), version.recordedOn())));
        }
        if (counted.contains(ProgressSignal.VERIFIED_PROGRESS)) {
            projection.projectsOf(leadId).forEach(project -> project.verified().values().stream()
                    .filter(fact -> known(fact.on(), fact.recordedOn()))
                    .forEach(fact -> marks.add(new ProgressMark(fact.on(), ProgressSignal.VERIFIED_PROGRESS,
                                                                fact.what(), fact.recordedOn()))));
        }
        if (counted.contains(ProgressSignal.PROBLEM_RESOLVED)) {
            projection.problemsOf(leadId).forEach(problem -> problem.steps().stream()
                    .filter(step -> step.kind() == ProblemEntry.Kind.RESOLVED && known(step.on(), step.recordedOn()))
                    .forEach(step -> marks.add(new ProgressMark(step.on(), ProgressSignal.PROBLEM_RESOLVED,
                                                                summary(problem.description()),
                                                                step.recordedOn()))));
        }
        marks.sort(Comparator.comparing(ProgressMark::on).reversed());
        return marks;
    }

    /** The lead's follow-ups open at the end of the day, soonest due first (set and done on the days recorded). */
    List<KeyProjectDossier.FollowUpDue> followUps(String leadId) {
        LeadMarks lead = projection.lead(leadId);
        List<KeyProjectDossier.FollowUpDue> open = new ArrayList<>();
        if (lead != null) {
            lead.followUps().forEach((id, followUp) -> {
                LocalDate due = followUp.dueAt(day);
                if (due != null) {
                    open.add(new KeyProjectDossier.FollowUpDue(id, followUp.nextStep(), due, followUp.assignee()));
                }
            });
        }
        open.sort(Comparator.comparing(KeyProjectDossier.FollowUpDue::dueOn)
                            .thenComparing(KeyProjectDossier.FollowUpDue::followUpId));
        return open;
    }

    /** The problem on the day, with its history and the instructions on it; null when not raised by then. */
    ProblemRow problemRow(ProblemMarks problem) {
        ProblemMarks.AtDay atDay = problem.at(day, knownThen);
        if (atDay == null) {
            return null;
        }
        LeadMarks lead = projection.lead(problem.leadId());
        List<ProblemEntry> history = new ArrayList<>();
        problem.steps().stream().filter(step -> known(step.on(), step.recordedOn()))
               .forEach(step -> history.add(new ProblemEntry(step.kind(), step.on(), step.by(), step.text())));
        projection.keyProjectsOf(problem.leadId()).forEach(project -> project.instructions().stream().filter(
                instruction -> problem.problemId().equals(instruction.problemId())
                               && known(instruction.writtenOn(), instruction.recordedOn())).forEach(
                instruction -> history.add(new ProblemEntry(ProblemEntry.Kind.INSTRUCTION, instruction.writtenOn(),
                                                            instruction.leader(), instruction.text()))));
        history.sort(Comparator.comparing(ProblemEntry::on));
        Escalation escalation = atDay.status().open() ? rules.escalation(atDay.daysOverdue()) : Escalation.NONE;
        return new ProblemRow(problem.problemId(), problem.leadId(), lead == null ? null : lead.company(),
                              problem.description(), problem.department(), atDay.dueOn(), atDay.status(), escalation,
                              atDay.daysOverdue(), problem.raisedBy(), atDay.raisedOn(), atDay.resolvedOn(), history);
    }

    /** The instructions on the key project (and its problems) known on the day, newest first. */
    List<InstructionRow> instructions(KeyProjectMarks project) {
        LeadMarks lead = projection.lead(project.leadId());
        return project.instructions().stream()
                      .filter(instruction -> known(instruction.writtenOn(), instruction.recordedOn()))
                      .map(instruction -> new InstructionRow(instruction.instructionId(), project.year(),
                                                             project.leadId(), lead == null ? null : lead.company(),
                                                             instruction.problemId(), instruction.leader(),
                                                             instruction.text(), instruction.writtenOn()))
                      .sorted(Comparator.comparing(InstructionRow::writtenOn).reversed()
                                        .thenComparing(InstructionRow::instructionId))
                      .toList();
    }

    private boolean known(LocalDate happenedOn, LocalDate recordedOn) {
        return Marks.known(happenedOn, recordedOn, day, knownThen);
    }

    /** What the lead's signed projects standing at the day promised against what happened; null when none stood. */
    private LeadPromises promised(String leadId) {
        return promises.promisesOf(leadId, day, knownThen ? Knowledge.AS_KNOWN_THEN : Knowledge.AS_KNOWN_NOW)
                       .orElse(null);
    }

    private static String summary(String text) {
        return text == null || text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH) + "…";
    }
}
