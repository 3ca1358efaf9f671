package org.zhaoshang.crm.lead.api.value;

/** A contact with a lead's company. */
public enum ActivityType {
    CALL,
    MEETING,
    /** our people visited the company */
    VISIT_BY_US,
    /** the company's people visited the district */
    VISIT_BY_THEM,
    EMAIL,
    /** an event or roadshow where we met */
    EVENT;

    public boolean isVisit() {
        return this == VISIT_BY_US || this == VISIT_BY_THEM;
    }
}
