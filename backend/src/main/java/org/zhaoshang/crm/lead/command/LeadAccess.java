package org.zhaoshang.crm.lead.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.command.AddLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.command.ChangeContactCommand;
import org.zhaoshang.crm.lead.api.command.CompleteFollowUpCommand;
import org.zhaoshang.crm.lead.api.rule.LeadChanges;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.ReassignLeadCommand;
import org.zhaoshang.crm.lead.api.command.RemoveLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.command.RescheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.Set;

/**
 * Who may change a lead, in one place (what does not depend on the command is {@link LeadChanges}, which a lead's
 * detail tells the caller by).
 * <ul>
 * <li>Managers (and the application itself): every lead, every command.</li>
 * <li>Staff: the leads they own or are on the team of; only the owner changes the team; reassigning is for managers.
 * Moving a lead back out of {@link Stage#SIGNED} or a later stage undoes a signed agreement: staff give the reason
 * (a comment); managers may without.</li>
 * <li>Ambassadors and partners: the leads they introduced or were added to, and there only activities (not internal
 * notes), contacts, follow-ups and moves within LEAD…{@link LeadVisibility#AMBASSADOR_TOP_STAGE} (from a stage
 * there, to a stage there). A lead they may not see answers as an unknown one.</li>
 * <li>Importing: staff and managers.</li>
 * <li>Anyone else (an administrator only): nothing.</li>
 * </ul>
 */
final class LeadAccess {

    private LeadAccess() {
    }

    /** What the rules need to know of a lead. */
    record Facts(String leadId, String owner, String introducedBy, Set<String> team, Stage stage) {
    }

    static void checkChange(Object command, Caller caller, Facts lead) {
        LeadVisibility.requireLeadRole(caller);
        if (command instanceof ImportLeadCommand) {
            caller.require("Importing leads", Role.STAFF, Role.MANAGER);
            return; // a new lead, owned by whoever imports it
        }
        if (!LeadVisibility.sees(caller, lead.introducedBy(), lead.team())) {
            throw new AggregateNotFoundException(lead.leadId(), "No lead with this id");
        }
        if (caller.has(Role.MANAGER)) {
            return;
        }
        if (command instanceof ReassignLeadCommand) {
            caller.require("Reassigning a lead", Role.MANAGER);
        }
        if (caller.has(Role.STAFF)) {
            boolean owner = caller.id().equals(lead.owner());
            boolean teamChange = command instanceof AddLeadTeamMemberCommand
                                 || command instanceof RemoveLeadTeamMemberCommand;
            if (teamChange ? !owner : !LeadChanges.mayChangeFacts(caller, lead.owner(), lead.team())) {
                throw new NotPermittedException(teamChange ? "Only the lead's owner or a manager changes its team"
                                                           : "You may change only the leads you own or are on the "
                                                                   + "team of; ask the owner or a manager");
            }
            if (command instanceof MoveLeadToStageCommand move && undoesSigning(lead.stage(), move.to())) {
                new Violations().check(Texts.hasText(move.comment()), "comment", "required",
                                       "give the reason for moving the lead back out of " + lead.stage())
                                .throwIfAny();
            }
            return;
        }
        boolean ambassadorMay = command instanceof LogActivityCommand log && !Boolean.TRUE.equals(log.internal())
                                || command instanceof AddContactCommand || command instanceof ChangeContactCommand
                                || command instanceof ScheduleFollowUpCommand
                                || command instanceof CompleteFollowUpCommand
                                || command instanceof RescheduleFollowUpCommand
                                || command instanceof MoveLeadToStageCommand move && withinAmbassadorStages(lead.stage())
                                   && move.to() != null && withinAmbassadorStages(move.to());
        if (!ambassadorMay) {
            throw new NotPermittedException("Ambassadors and partners log activities, contacts and follow-ups and "
                                                    + "move their leads within LEAD to "
                                                    + LeadVisibility.AMBASSADOR_TOP_STAGE
                                                    + "; the rest is for the bureau's staff");
        }
    }

    private static boolean withinAmbassadorStages(Stage stage) {
        return stage != null && stage.compareTo(LeadVisibility.AMBASSADOR_TOP_STAGE) <= 0;
    }

    private static boolean undoesSigning(Stage from, Stage to) {
        return from != null && to != null && from.compareTo(Stage.SIGNED) >= 0 && to.compareTo(from) < 0;
    }
}
