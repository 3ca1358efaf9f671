package org.zhaoshang.crm.keyproject.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Role;

import java.util.Set;

/**
 * Who may do what with a key project, in one place: managers designate and stop key projects of leads they see; only
 * the responsible leader of a project that is key now writes instructions (批示) on it.
 */
final class KeyProjectAccess {

    private KeyProjectAccess() {
    }

    static void requireDesignating(Caller caller) {
        caller.require("Designating and stopping key projects", Role.MANAGER);
    }

    /** The lead, if it exists and the caller sees it; otherwise it answers as an unknown lead. */
    static LeadState visibleLead(LeadState lead, Caller caller, String leadId) {
        if (!lead.exists() || !LeadVisibility.sees(caller, lead.introducedBy(), lead.team())) {
            throw new AggregateNotFoundException(leadId, "No lead with this id");
        }
        return lead;
    }

    /** An enabled user holding the role LEADER. */
    static boolean isLeader(PeopleDirectory people, String username) {
        return people.withAnyRole(Set.of(Role.LEADER)).stream().anyMatch(person -> person.username().equals(username));
    }

    static void requireLeader(Caller caller) {
        caller.require("Writing instructions (批示)", Role.LEADER);
    }

    static void requireInstructing(Caller caller, boolean key, Designation designation) {
        if (!caller.has(Role.LEADER) || !key || !caller.id().equals(designation.leader())) {
            throw new NotPermittedException("Only the responsible leader (包挂领导) of a project that is key now writes "
                                                    + "instructions on it");
        }
    }
}
