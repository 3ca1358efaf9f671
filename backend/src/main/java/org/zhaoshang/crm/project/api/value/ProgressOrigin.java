package org.zhaoshang.crm.project.api.value;

/** Where a progress fact came from. */
public enum ProgressOrigin {
    /** recorded on the project by a person */
    RECORDED,
    /** recorded for the person who moved the lead to LANDED (registered) or OPERATING */
    LEAD_STAGE,
    /** recorded for the person who let a building's unit to the project (moved in, issue 22) */
    UNIT_LET
}
