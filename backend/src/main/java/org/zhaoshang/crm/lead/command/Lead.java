package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.lead.api.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadStatus;
import org.zhaoshang.crm.lead.api.LossReason;
import org.zhaoshang.crm.lead.api.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.ReopenLeadCommand;
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
    private LeadStatus status;

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
                .check(status == LeadStatus.OPEN, "status", "not-open", whyNotOpen())
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

    @CommandHandler
    public void handle(PutLeadOnHoldCommand command, Clock clock) {
        LocalDate today = BureauTime.today(clock);
        new Violations()
                .check(status == LeadStatus.OPEN, "status", "not-open", whyNotOpen())
                .required("reason", command.reason())
                .maxLength("reason", command.reason(), Violations.MAX_TEXT_LENGTH)
                .required("revisitOn", command.revisitOn())
                .check(command.revisitOn() == null || command.revisitOn().isAfter(today),
                       "revisitOn", "future", "must be after today (" + today + ")")
                .throwIfAny();
        apply(new LeadPutOnHoldEvent(leadId, stage, command.reason().strip(), command.revisitOn()));
    }

    @CommandHandler
    public void handle(MarkLeadLostCommand command, Clock clock) {
        LocalDate today = BureauTime.today(clock);
        new Violations()
                .check(status != LeadStatus.LOST, "status", "lost", "the lead is already lost")
                .required("reason", command.reason())
                .check(command.reason() != LossReason.OTHER || hasText(command.detail()),
                       "detail", "required", "say what happened when the reason is OTHER")
                .check(command.reason() != LossReason.CHOSE_OTHER_LOCATION || hasText(command.competingLocation()),
                       "competingLocation", "required", "name the location the company chose")
                .maxLength("detail", command.detail(), Violations.MAX_TEXT_LENGTH)
                .maxLength("competingLocation", command.competingLocation(), Violations.MAX_NAME_LENGTH)
                .check(command.occurredOn() == null || !command.occurredOn().isAfter(today),
                       "occurredOn", "not-future", "must not be after today (" + today + ")")
                .throwIfAny();
        apply(new LeadLostEvent(leadId, stage, command.reason(), stripped(command.detail()),
                                stripped(command.competingLocation()),
                                command.occurredOn() == null ? today : command.occurredOn()));
    }

    @CommandHandler
    public void handle(ReopenLeadCommand command) {
        new Violations()
                .check(status != LeadStatus.OPEN, "status", "open", "the lead is open already")
                .maxLength("comment", command.comment(), Violations.MAX_TEXT_LENGTH)
                .throwIfAny();
        apply(new LeadReopenedEvent(leadId, status, stage, stripped(command.comment())));
    }

    private String whyNotOpen() {
        return status == LeadStatus.LOST ? "the lead is lost: reopen it first" : "the lead is on hold: reopen it first";
    }

    @EventSourcingHandler
    void on(LeadCreatedEvent event) {
        leadId = event.leadId();
        stage = Stage.LEAD;
        status = LeadStatus.OPEN;
    }

    @EventSourcingHandler
    void on(LeadPutOnHoldEvent event) {
        status = LeadStatus.ON_HOLD;
    }

    @EventSourcingHandler
    void on(LeadLostEvent event) {
        status = LeadStatus.LOST;
    }

    @EventSourcingHandler
    void on(LeadReopenedEvent event) {
        status = LeadStatus.OPEN;
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
