package org.zhaoshang.crm.report.api;

import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.ProgressSignal;
import org.zhaoshang.crm.supervision.api.query.LightReason;
import org.zhaoshang.crm.supervision.api.query.ProjectPromise;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The weekly dispatch (调度表) of key projects, Monday {@code from} to Sunday {@code to}, as known at the end of
 * {@code to}: most urgent first, with what changed against the week before.
 *
 * @param stopped projects that stopped being key during the week
 * @param late    facts of the week recorded after it, when asked for; otherwise empty
 */
public record Dispatch(IsoWeek week, LocalDate from, LocalDate to, List<Row> rows, List<Stopped> stopped,
                       List<LateFact> late) {

    /**
     * One key project in the week.
     *
     * @param leaderName     the responsible leader's display name
     * @param departmentName the responsible department's Chinese name (the code when unknown)
     * @param weekProgress   the facts of the week that count as progress, oldest first
     * @param nextSteps      open follow-ups and problems still to be done, soonest first
     * @param promise        promised against actual, or null before the signature
     * @param lightLastWeek  the light at the end of the week before, or null when it was not key then
     * @param stageLastWeek  the stage at the end of the week before, or null when it was not key then
     */
    public record Row(int year, String leadId, String company, SourceMarket market, String owner, String ownerName,
                      String leader, String leaderName, String department, String departmentName, Stage stage,
                      Light light, List<LightReason> reasons, List<WeekFact> weekProgress,
                      List<OpenProblem> openProblems, List<NextStep> nextSteps, ProjectPromise promise,
                      Light lightLastWeek, Stage stageLastWeek, Set<Change> changes) {
    }

    /** A fact of the week that counts as progress. */
    public record WeekFact(LocalDate on, ProgressSignal signal, String summary) {
    }

    /** A problem open at the end of the week. */
    public record OpenProblem(String problemId, String description, String department, String departmentName,
                              LocalDate dueOn, ProblemStatus status, Escalation escalation, long daysOverdue) {
    }

    /** What is to be done next: an open follow-up (with its assignee) or an open problem's due day. */
    public record NextStep(LocalDate dueOn, String text, String who, String whoName) {
    }

    /** A key project that stopped being key during the week, with the reason given. */
    public record Stopped(int year, String leadId, String company, LocalDate stoppedOn, String reason) {
    }

    /** What changed against the end of the week before: the marks in the table. */
    public enum Change {
        NEW_KEY_PROJECT, LIGHT_WORSE, LIGHT_BETTER, STAGE_ADVANCED, PROBLEM_RAISED, PROBLEM_SOLVED, INSTRUCTION
    }
}
