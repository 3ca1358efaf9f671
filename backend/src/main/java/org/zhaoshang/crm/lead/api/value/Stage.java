package org.zhaoshang.crm.lead.api.value;

/** The pipeline from a company identified to a project in operation (the stages are described in docs/api.md). */
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
