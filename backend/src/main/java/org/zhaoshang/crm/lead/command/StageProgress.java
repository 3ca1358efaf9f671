package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.StageGateNotMetException;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.FieldViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.zhaoshang.crm.shared.api.Texts.hasText;
import static org.zhaoshang.crm.shared.api.Texts.stripped;

/**
 * What a lead has done toward the {@link StageGates} (its figures, its agreement, its registration), part of its
 * aggregate, and the events of a move that passes them.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class StageProgress {

    private boolean plannedInvestment;
    private boolean targetZone;
    private LocalDate agreementSignedOn;
    private String agreementReference;
    private LocalDate registeredOn;

    /**
     * The events of a move of a lead now at {@code from}: the agreement and the registration the move brings, then
     * the move. Refused, naming what is missing, when a gate on the way is not met counting what the move brings.
     */
    List<Object> move(String leadId, Stage from, boolean loggedVisit, MoveLeadToStageCommand command,
                      LocalDate today) {
        StageGates.Facts facts = new StageGates.Facts(
                loggedVisit, plannedInvestment, targetZone,
                agreementSignedOn != null || command.agreementSignedOn() != null,
                agreementReference != null || hasText(command.agreementReference()),
                registeredOn != null || command.registeredOn() != null);
        List<FieldViolation> missing = StageGates.missing(from, command.to(), facts);
        if (!missing.isEmpty()) {
            throw new StageGateNotMetException(command.to(), missing);
        }
        List<Object> events = new ArrayList<>();
        if (command.agreementSignedOn() != null || hasText(command.agreementReference())) {
            events.add(new AgreementSignedEvent(
                    leadId, command.agreementSignedOn() == null ? agreementSignedOn : command.agreementSignedOn(),
                    hasText(command.agreementReference()) ? command.agreementReference().strip() : agreementReference));
        }
        if (command.registeredOn() != null) {
            events.add(new CompanyRegisteredEvent(leadId, command.registeredOn()));
        }
        events.add(new LeadMovedToStageEvent(leadId, from, command.to(),
                                             command.occurredOn() == null ? today : command.occurredOn(),
                                             stripped(command.comment())));
        return events;
    }

    @EventSourcingHandler
    void on(LeadNumbersUpdatedEvent event) {
        plannedInvestment = event.plannedInvestment() != null;
        targetZone = event.targetZone() != null;
    }

    @EventSourcingHandler
    void on(AgreementSignedEvent event) {
        agreementSignedOn = event.signedOn();
        agreementReference = event.reference();
    }

    @EventSourcingHandler
    void on(CompanyRegisteredEvent event) {
        registeredOn = event.registeredOn();
    }
}
