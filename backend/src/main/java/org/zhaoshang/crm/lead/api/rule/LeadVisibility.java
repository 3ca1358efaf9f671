package org.zhaoshang.crm.lead.api.rule;

import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;

import java.util.Collection;

/**
 * Who sees a lead: staff, managers and the application see every lead; an ambassador or partner sees the leads they
 * introduced or were put on the team of; an administrator alone sees none. Commands and queries ask the same rule.
 */
public final class LeadVisibility {

    /** The highest stage an ambassador or partner may move a lead they see to. */
    public static final Stage AMBASSADOR_TOP_STAGE = Stage.INTENT;

    private LeadVisibility() {
    }

    public static boolean sees(Caller caller, String introducedBy, Collection<String> team) {
        return caller.seesAllLeads()
               || caller.has(Role.AMBASSADOR) && (caller.ambassadorId() != null
                                                          && caller.ambassadorId().equals(introducedBy)
                                                  || team.contains(caller.id()));
    }

    /** Lead data is for staff, managers and ambassadors; refuses anyone else. */
    public static void requireLeadRole(Caller caller) {
        caller.require("Lead data", Role.STAFF, Role.MANAGER, Role.AMBASSADOR);
    }
}
