package org.zhaoshang.crm.notification.api;

/**
 * Why someone is told something. Each kind names the parameters its {@link Notice} carries (all strings; names are
 * display names, days ISO dates, amounts in 万元).
 */
public enum NotificationKind {
    /** a follow-up due today, to its assignee: company, nextStep, dueOn */
    FOLLOW_UP_DUE,
    /** a follow-up past its day, to its assignee: company, nextStep, dueOn, days */
    FOLLOW_UP_OVERDUE,
    /** an open lead without contact for the configured days, to its owner: company, days */
    LEAD_WITHOUT_CONTACT,
    /** a key project turned red, to its owner, leader and department: company, year, reasons */
    RED_LIGHT,
    /** a problem got a red card, to the leader, department and owner: company, problem, department, dueOn, days */
    RED_PROBLEM,
    /** a progress fact waits for verification, to managers: company, fact, recordedBy */
    PROGRESS_TO_VERIFY,
    /** a progress fact was returned, to its recorder: company, fact, reason, returnedBy */
    PROGRESS_RETURNED,
    /** a leader's instruction, to the lead's owner and the department: company, leader, text */
    INSTRUCTION,
    /** a report was issued, to its readers: report (DISPATCH or CIRCULAR), period */
    REPORT_READY
}
