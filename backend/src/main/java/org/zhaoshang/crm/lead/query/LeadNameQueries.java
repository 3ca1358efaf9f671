package org.zhaoshang.crm.lead.query;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.query.FindLeadsNamedLikeQuery;
import org.zhaoshang.crm.lead.api.query.LeadNameMatches;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.security.api.Caller;

/**
 * Leads with a company of the same name, for the duplicate warning. An ambassador or partner is told only of the
 * leads they see: that another ambassador courts a company is itself confidential.
 */
@Component
class LeadNameQueries {

    private final LeadNamesProjection names;
    private final LeadSummaryProjection leads;

    LeadNameQueries(LeadNamesProjection names, LeadSummaryProjection leads) {
        this.names = names;
        this.leads = leads;
    }

    @QueryHandler
    LeadNameMatches handle(FindLeadsNamedLikeQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        LeadVisibility.requireLeadRole(caller);
        LeadNameMatches all = names.matches(query);
        if (caller.seesAllLeads()) {
            return all;
        }
        return new LeadNameMatches(all.leadIds().stream().filter(leadId -> {
            LeadSummary lead = leads.loadedIndex().get(leadId);
            return lead != null && LeadVisibility.sees(caller, lead.introducedBy(), lead.team());
        }).toList());
    }
}
