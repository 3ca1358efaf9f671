package org.zhaoshang.crm.lead.api.query;

/** Every event of one lead, newest first unless asked; an empty history when there is no such lead. */
public record FindLeadHistoryQuery(String leadId, boolean oldestFirst) {
}
