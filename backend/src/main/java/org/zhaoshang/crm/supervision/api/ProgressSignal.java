package org.zhaoshang.crm.supervision.api;

/** What counts as progress of a key project for its light (the rules choose which). */
public enum ProgressSignal {
    /** the lead moved to another stage */
    STAGE_MOVE,
    /** an activity with the company was logged */
    ACTIVITY,
    /** a progress fact of its signed project was verified (认定) */
    VERIFIED_PROGRESS,
    /** a problem of the lead was resolved */
    PROBLEM_RESOLVED
}
