package org.zhaoshang.crm.lead.api.query;

/** What a lead list is sorted by. Leads without the value come last in either direction. */
public enum LeadSort {
    IDENTIFIED_ON("identifiedOn"),
    COMPANY("company"),
    PLANNED_INVESTMENT("plannedInvestment"),
    STAGE("stage"),
    LAST_CONTACT("lastContact"),
    NEXT_FOLLOW_UP("nextFollowUp");

    private final String parameter;

    LeadSort(String parameter) {
        this.parameter = parameter;
    }

    /** The name in a {@code sort=} parameter. */
    public String parameter() {
        return parameter;
    }
}
