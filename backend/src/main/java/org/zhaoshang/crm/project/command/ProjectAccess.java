package org.zhaoshang.crm.project.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.zhaoshang.crm.lead.api.rule.LeadChanges;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;

/**
 * Who may do what with a signed project, in one place: whoever sees its lead sees the project; whoever may change the
 * lead records progress on it (ambassadors on the leads they see too); whoever may change the lead's figures (its
 * owner and team, managers) changes the commitments and records further agreements; managers alone verify, and never
 * a fact they recorded themselves.
 */
final class ProjectAccess {

    private ProjectAccess() {
    }

    /** The lead, if the caller sees it; otherwise the record answers as an unknown one. */
    static LeadState visibleLead(LeadState lead, Caller caller, String recordId) {
        LeadVisibility.requireLeadRole(caller);
        if (!lead.exists() || !LeadVisibility.sees(caller, lead.introducedBy(), lead.team())) {
            throw new AggregateNotFoundException(recordId, "No record with this id");
        }
        return lead;
    }

    static void requireRecording(Caller caller, LeadState lead) {
        if (!LeadChanges.mayChange(caller, lead.owner(), lead.introducedBy(), lead.team())) {
            throw new NotPermittedException("You may record progress only on the projects of leads you own or are on "
                                                    + "the team of; ask the owner or a manager");
        }
    }

    static void requireCommitting(Caller caller, LeadState lead) {
        if (!LeadChanges.mayChangeFacts(caller, lead.owner(), lead.team())) {
            throw new NotPermittedException("The owner of the lead, its team and managers change what a project "
                                                    + "promises and record further agreements");
        }
    }

    static void requireVerifying(Caller caller, String recordedBy) {
        caller.require("Verifying progress (认定)", Role.MANAGER);
        if (caller.id().equals(recordedBy)) {
            throw new NotPermittedException("Nobody verifies a fact they recorded themselves: another manager "
                                                    + "verifies it");
        }
    }
}
