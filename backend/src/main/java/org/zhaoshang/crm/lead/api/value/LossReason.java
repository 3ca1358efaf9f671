package org.zhaoshang.crm.lead.api.value;

/** Why a lead was lost: the list managers break losses down by. */
public enum LossReason {
    /** the company chose another city or district (name it as the competing location) */
    CHOSE_OTHER_LOCATION,
    INCENTIVES_INSUFFICIENT,
    NO_SUITABLE_SITE,
    COSTS_TOO_HIGH,
    PROJECT_CANCELLED,
    POLICY_OR_REGULATION,
    LOST_CONTACT,
    /** anything else: the detail must say what */
    OTHER
}
