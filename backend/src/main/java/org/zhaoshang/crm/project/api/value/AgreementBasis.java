package org.zhaoshang.crm.project.api.value;

/** Which agreement with the company a project comes from. */
public enum AgreementBasis {
    /** the agreement that won the lead (its move to SIGNED) */
    FIRST_SIGNING,
    /** a further phase of the company's investment (二期) */
    SECOND_PHASE,
    /** a capital increase (增资): the project's commitments are the increase alone */
    CAPITAL_INCREASE
}
