package org.zhaoshang.crm.notification.decide;

import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.state.LeadState;

/** The name a notice gives a lead: its company as the bureau reads it, else its id. */
final class LeadNames {

    private LeadNames() {
    }

    static String company(LeadState lead) {
        String shown = Company.shownName(lead.company());
        return shown == null ? String.valueOf(lead.leadId()) : shown;
    }

    static String company(String nameEn, String nameZh, String leadId) {
        String shown = Company.shownName(Company.named(nameEn, nameZh));
        return shown == null ? leadId : shown;
    }
}
