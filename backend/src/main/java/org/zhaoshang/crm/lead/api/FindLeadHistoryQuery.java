package org.zhaoshang.crm.lead.api;

/** Every event of one lead, oldest first; answered with an empty history when there is no such lead. */
public record FindLeadHistoryQuery(String leadId) {
}
