package org.zhaoshang.crm.problem.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.zhaoshang.crm.lead.api.rule.LeadChanges;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;

/**
 * Who may move a problem, in one place. Problems are the bureau's: ambassadors, administrators and leaders never
 * raise, note or resolve one. Whoever may change the lead's facts (its owner and team, managers) raises a problem on
 * it; the responsible department's users, the lead's owner and team and managers note progress; the department and
 * managers resolve; managers close and reopen; managers and the key project's responsible leader record a talk.
 */
final class ProblemAccess {

    private ProblemAccess() {
    }

    static void requireBureau(Caller caller, String what) {
        caller.require(what, Role.STAFF, Role.MANAGER);
    }

    /** The lead a problem is raised on, if it exists; an unknown lead answers 404. */
    static LeadState existingLead(LeadState lead, String leadId) {
        if (!lead.exists()) {
            throw new AggregateNotFoundException(leadId, "No lead with this id");
        }
        return lead;
    }

    static void requireRaising(Caller caller, LeadState lead) {
        if (!LeadChanges.mayChangeFacts(caller, lead.owner(), lead.team())) {
            throw new NotPermittedException("You may raise problems only on leads you own or are on the team of; "
                                                    + "ask the owner or a manager");
        }
    }

    static void requireNoting(Caller caller, LeadState lead) {
        if (!LeadChanges.mayChangeFacts(caller, lead.owner(), lead.team())) {
            throw new NotPermittedException("The responsible department's users, the lead's owner and team and "
                                                    + "managers note a problem's progress");
        }
    }

    static void requireResolving(Caller caller, boolean ofTheDepartment) {
        requireBureau(caller, "Resolving a problem (办结)");
        if (!ofTheDepartment && !caller.has(Role.MANAGER)) {
            throw new NotPermittedException("The responsible department's users and managers resolve a problem");
        }
    }

    static void requireManager(Caller caller, String what) {
        caller.require(what, Role.MANAGER);
    }

    static void requireTalking(Caller caller, boolean answersForTheProject) {
        if (!caller.has(Role.MANAGER) && !(caller.has(Role.LEADER) && answersForTheProject)) {
            throw new NotPermittedException("Managers and the key project's responsible leader record a talk (约谈)");
        }
    }
}
