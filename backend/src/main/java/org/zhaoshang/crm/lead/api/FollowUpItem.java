package org.zhaoshang.crm.lead.api;

/** An open follow-up with the lead it is for. */
public record FollowUpItem(String leadId, String companyNameEn, String companyNameZh, Stage stage, LeadStatus status,
                           LeadSummary.OpenFollowUp followUp) {
}
