package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.util.List;
import java.util.Optional;

/** A demo lead still open when its history ends (neither lost nor on hold): a candidate key project. */
record DemoOpenLead(int number, String leadId, String owner, Stage stage) {

    /** The open lead the commands of demo lead {@code number} leave, if they leave it open. */
    static Optional<DemoOpenLead> of(int number, List<DemoCommand> commands) {
        String leadId = null;
        String owner = null;
        Stage stage = Stage.LEAD;
        for (DemoCommand command : commands) {
            if (command.command() instanceof CreateLeadCommand create) {
                leadId = create.leadId();
                owner = command.actor();
            } else if (command.command() instanceof MoveLeadToStageCommand move) {
                stage = move.to();
            } else if (command.command() instanceof MarkLeadLostCommand
                       || command.command() instanceof PutLeadOnHoldCommand) {
                return Optional.empty();
            }
        }
        return leadId == null ? Optional.empty() : Optional.of(new DemoOpenLead(number, leadId, owner, stage));
    }
}
