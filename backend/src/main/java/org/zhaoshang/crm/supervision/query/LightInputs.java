package org.zhaoshang.crm.supervision.query;

import org.zhaoshang.crm.supervision.api.query.MilestoneDue;

import java.time.LocalDate;
import java.util.List;

/**
 * What one key project's light depends on at one day, already cut to what was known (now or then) and to the
 * progress the rules count.
 *
 * @param day            the day judged
 * @param since          the day the project became key this year (no progress is counted from it when none came)
 * @param lastProgressOn the last counted progress on or before the day, or null
 * @param openProblems   the problems open at the end of the day, each with its due day
 * @param milestones     the promised milestones of its signed projects at the day
 */
record LightInputs(LocalDate day, LocalDate since, LocalDate lastProgressOn, List<OpenProblem> openProblems,
                   List<MilestoneDue> milestones) {

    record OpenProblem(String problemId, LocalDate dueOn) {
    }
}
