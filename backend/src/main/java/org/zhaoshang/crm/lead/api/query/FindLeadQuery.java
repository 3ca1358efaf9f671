package org.zhaoshang.crm.lead.api.query;

/** One lead's summary; answered with null when there is no such lead. */
public record FindLeadQuery(String leadId) {
}
