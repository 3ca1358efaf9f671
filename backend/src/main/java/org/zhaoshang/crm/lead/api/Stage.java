package org.zhaoshang.crm.lead.api;

/** The pipeline from a company identified to a project in operation (see docs/domain in the README). */
public enum Stage {
    LEAD,
    CONTACTED,
    SITE_VISIT,
    NEGOTIATION,
    INTENT,
    SIGNED,
    LANDED,
    OPERATING
}
