package org.zhaoshang.crm.lead.api.query;

import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;

/** An open follow-up with the lead it is for. */
public record FollowUpItem(String leadId, String companyNameEn, String companyNameZh, Stage stage, LeadStatus status,
                           LeadSummary.OpenFollowUp followUp) {
}
