package org.zhaoshang.crm.supervision.api.query;

import org.zhaoshang.crm.supervision.api.Light;
import org.zhaoshang.crm.supervision.api.ProgressSignal;

import java.time.LocalDate;
import java.util.List;

/**
 * One key project in full.
 *
 * @param stoppedReason why it stopped being key, or null while it is key
 * @param progress      the progress that counted, newest first
 * @param lights        every change of its light from the designation to the day, oldest first
 * @param followUps     the lead's follow-ups open at the end of the day, soonest due first
 */
public record KeyProjectDossier(KeyProjectRow row, String stoppedReason, List<DesignationEntry> designations,
                                List<ProblemRow> problems, List<InstructionRow> instructions,
                                List<ProgressMark> progress, List<LightChange> lights, List<FollowUpDue> followUps) {

    /** A designation or its stop, with who and when. */
    public record DesignationEntry(LocalDate on, String by, String leader, String department, String goal,
                                   String stoppedReason) {
    }

    /** Progress that counted for the light: what, when it happened, and the day it was recorded. */
    public record ProgressMark(LocalDate on, ProgressSignal signal, String summary, LocalDate recordedOn) {
    }

    /** A follow-up of the lead open at the day: what, by when, who. */
    public record FollowUpDue(String followUpId, String nextStep, LocalDate dueOn, String assignee) {
    }

    /** From {@code from} on, the light was {@code light} for these reasons. */
    public record LightChange(LocalDate from, Light light, List<LightReason> reasons) {
    }
}
