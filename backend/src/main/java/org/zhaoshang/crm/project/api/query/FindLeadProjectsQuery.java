package org.zhaoshang.crm.project.api.query;

/** The signed projects of a lead, or null when the lead is unknown or not the caller's to see. */
public record FindLeadProjectsQuery(String leadId) {
}
