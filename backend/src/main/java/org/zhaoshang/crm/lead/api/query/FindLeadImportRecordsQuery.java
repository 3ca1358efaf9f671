package org.zhaoshang.crm.lead.api.query;

/**
 * What the rows of the bureau's sheets said about one lead beyond its fields; answered with null when there is no
 * such lead (or the caller may not see it). The bureau's alone: ambassadors and partners are refused.
 */
public record FindLeadImportRecordsQuery(String leadId) {
}
