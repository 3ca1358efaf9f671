package org.zhaoshang.crm.project.api.value;

/** What a progress fact reports. */
public enum ProgressKind {
    /** capital arrived (资金到位): amount and day */
    CAPITAL_ARRIVED,
    /** a milestone reached: which and the day */
    MILESTONE,
    /** tax paid for a year: year and amount */
    TAX_PAID,
    /** jobs at a day: day and count */
    JOBS,
    /**
     * the agreement signed (签约), with its scan as evidence: verified, the project counts once as a verified signing
     * towards the year's targets
     */
    AGREEMENT
}
