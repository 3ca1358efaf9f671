package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.lead.api.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.Stage;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A company the bureau is courting, from first identification to an operating project. */
@Aggregate(snapshotTriggerDefinition = "leadSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Lead {

    @AggregateIdentifier
    private String leadId;
    private Stage stage;

    protected Lead() {
    }

    @CommandHandler
    public Lead(CreateLeadCommand command) {
        new Violations()
                .required("leadId", command.leadId())
                .check(hasText(command.companyNameEn()) || hasText(command.companyNameZh()),
                       "companyName", "required", "give the company name in English or in Chinese (or both)")
                .maxLength("companyNameEn", command.companyNameEn(), Violations.MAX_NAME_LENGTH)
                .maxLength("companyNameZh", command.companyNameZh(), Violations.MAX_NAME_LENGTH)
                .required("market", command.market())
                .throwIfAny();
        apply(new LeadCreatedEvent(command.leadId().strip(), stripped(command.companyNameEn()),
                                   stripped(command.companyNameZh()), command.market()));
    }

    @CommandHandler
    public void handle(MoveLeadToStageCommand command, Clock clock) {
        LocalDate today = BureauTime.today(clock);
        new Violations()
                .required("to", command.to())
                .check(command.to() == null || command.to() != stage,
                       "to", "unchanged", "the lead is already at stage " + stage)
                .check(command.occurredOn() == null || !command.occurredOn().isAfter(today),
                       "occurredOn", "not-future", "must not be after today (" + today + ")")
                .maxLength("comment", command.comment(), Violations.MAX_TEXT_LENGTH)
                .throwIfAny();
        LocalDate occurredOn = command.occurredOn() == null ? today : command.occurredOn();
        apply(new LeadMovedToStageEvent(leadId, stage, command.to(), occurredOn, stripped(command.comment())));
    }

    @EventSourcingHandler
    void on(LeadCreatedEvent event) {
        leadId = event.leadId();
        stage = Stage.LEAD;
    }

    @EventSourcingHandler
    void on(LeadMovedToStageEvent event) {
        stage = event.to();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String stripped(String value) {
        return hasText(value) ? value.strip() : null;
    }
}
