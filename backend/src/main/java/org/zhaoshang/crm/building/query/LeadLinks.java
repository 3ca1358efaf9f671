package org.zhaoshang.crm.building.query;

import org.zhaoshang.crm.building.api.value.Tenant;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;

import java.util.HashMap;
import java.util.Map;

/**
 * The leads one answer links to, as one caller may see them: a lead the caller may not see is left out (a tenant keeps
 * its company's name: who rents a unit is public). Each lead is read once per answer.
 */
final class LeadLinks {

    private final ProjectLeads leads;
    private final Caller caller;
    private final Map<String, LeadState> read = new HashMap<>();

    LeadLinks(ProjectLeads leads, Caller caller) {
        this.leads = leads;
        this.caller = caller;
    }

    boolean sees(String leadId) {
        if (leadId == null) {
            return false;
        }
        if (caller.seesAllLeads()) {
            return true;
        }
        LeadState lead = lead(leadId);
        return lead.exists() && LeadVisibility.sees(caller, lead.introducedBy(), lead.team());
    }

    /** The lead if the caller may see it, else null. */
    String shownLead(String leadId) {
        return sees(leadId) ? leadId : null;
    }

    /** The lead's company's shown name if the caller may see the lead, else null. */
    String shownName(String leadId) {
        return sees(leadId) ? Company.shownName(lead(leadId).company()) : null;
    }

    /** The tenant, without its lead and project unless the caller may see the lead. */
    Tenant shown(Tenant tenant) {
        if (tenant == null || !tenant.ours() || sees(tenant.leadId())) {
            return tenant;
        }
        return new Tenant(tenant.companyName(), null, null, tenant.industry());
    }

    private LeadState lead(String leadId) {
        return read.computeIfAbsent(leadId, leads::now);
    }
}
