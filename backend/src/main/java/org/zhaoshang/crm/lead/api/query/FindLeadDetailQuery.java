package org.zhaoshang.crm.lead.api.query;

/** Everything recorded about one lead; answered with null when there is no such lead. */
public record FindLeadDetailQuery(String leadId) {
}
