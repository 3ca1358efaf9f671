package org.zhaoshang.crm.lead.query;

import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.security.api.Caller;

/**
 * The leads a caller may see, as the list's bit sets answer it ({@link LeadVisibility}'s rule): the ones introduced by
 * their ambassador or partner, or on whose team they are. Null stands for every lead.
 */
record LeadScope(String ambassadorId, String member) {

    static LeadScope of(Caller caller) {
        LeadVisibility.requireLeadRole(caller);
        return caller.seesAllLeads() ? null : new LeadScope(caller.ambassadorId(), caller.id());
    }
}
