package org.zhaoshang.crm.lead.api.rule;

import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;

import java.util.Collection;

/**
 * Who may change a lead, as far as it does not depend on the command: the command side refuses by it (what each
 * command needs beyond it is decided there), and a lead's detail tells the caller by it what they may do.
 */
public final class LeadChanges {

    private LeadChanges() {
    }

    /**
     * Whether the caller may change the lead at all: managers every lead, staff the leads they own or are on the team
     * of, ambassadors and partners the leads they see (there: activities, contacts, follow-ups and moves within
     * their stages). Nobody changes a lead they do not see.
     */
    public static boolean mayChange(Caller caller, String owner, String introducedBy, Collection<String> team) {
        return LeadVisibility.sees(caller, introducedBy, team)
               && (mayChangeFacts(caller, owner, team) || !caller.has(Role.STAFF) && caller.has(Role.AMBASSADOR));
    }

    /**
     * Whether the caller may change what the bureau records of the lead (figures, company, source, assessment) and
     * its course beyond the ambassadors' stages: managers every lead, staff the leads they own or are on the team of.
     */
    public static boolean mayChangeFacts(Caller caller, String owner, Collection<String> team) {
        return caller.has(Role.MANAGER)
               || caller.has(Role.STAFF) && (caller.id().equals(owner) || team.contains(caller.id()));
    }
}
