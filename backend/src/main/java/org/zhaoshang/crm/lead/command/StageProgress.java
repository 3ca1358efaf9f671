package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.zhaoshang.crm.lead.api.AgreementSignedEvent;
import org.zhaoshang.crm.lead.api.CompanyRegisteredEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataCompletedEvent;
import org.zhaoshang.crm.lead.api.LeadGateDataMissingEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.ImportedStage;
import org.zhaoshang.crm.lead.api.command.RecordStageDataCommand;
import org.zhaoshang.crm.lead.api.command.StageGateNotMetException;
import org.zhaoshang.crm.lead.api.value.MissingGateData;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.zhaoshang.crm.shared.api.Texts.hasText;
import static org.zhaoshang.crm.shared.api.Texts.stripped;

/**
 * What a lead has done toward the {@link StageGates} (its figures, its agreement, its registration), part of its
 * aggregate, and the events of a move that passes them; for an imported lead placed past a gate without its data,
 * what it still owes (completed as the data arrives).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class StageProgress {

    private boolean plannedInvestment;
    private boolean targetZone;
    private LocalDate agreementSignedOn;
    private String agreementReference;
    private LocalDate registeredOn;

    /** Gates an import placed the lead past without their data: what each still lacks, in the pipeline's order. */
    private final LinkedHashMap<Stage, List<String>> dataToComplete = new LinkedHashMap<>();

    /**
     * The events of a move of a lead now at {@code from}: the agreement and the registration the move brings, then
     * the move. Refused, naming what is missing, when a gate on the way is not met counting what the move brings.
     */
    List<Object> move(String leadId, Stage from, boolean loggedVisit, MoveLeadToStageCommand command,
                      LocalDate today) {
        List<FieldViolation> missing = StageGates.missing(from, command.to(), facts(loggedVisit, command));
        if (!missing.isEmpty()) {
            throw new StageGateNotMetException(command.to(), missing);
        }
        return moveEvents(leadId, from, command, today);
    }

    /**
     * The events of an imported row's move of a lead now at {@code from}, under the import's policy: refused when
     * strict, lowered to the furthest stage the data allows, or placed at the sheet's stage with each gate it lacks
     * recorded first ({@link LeadGateDataMissingEvent}, naming the sheet and row).
     */
    ImportedMove importedMove(String leadId, Stage from, boolean loggedVisit, MoveLeadToStageCommand command,
                              StagePolicy policy, LocalDate today, String file, Integer row) {
        Stage asked = command.to();
        if (asked.compareTo(from) <= 0) {
            return new ImportedMove(List.of(), new ImportedStage(asked, from, List.of()));
        }
        StageGates.Facts facts = facts(loggedVisit, command);
        Map<Stage, List<String>> missing = StageGates.missingByGate(from, asked, facts);
        if (missing.isEmpty() || policy == StagePolicy.STRICT) {
            return new ImportedMove(move(leadId, from, loggedVisit, command, today),
                                    new ImportedStage(asked, asked, List.of()));
        }
        if (policy == StagePolicy.HIGHEST_SUPPORTED) {
            Stage reached = StageGates.highestMet(from, asked, facts);
            if (reached == from) {
                return new ImportedMove(List.of(), new ImportedStage(asked, from, List.of()));
            }
            boolean signed = reached.compareTo(Stage.SIGNED) >= 0;
            MoveLeadToStageCommand lowered = new MoveLeadToStageCommand(
                    leadId, reached, command.occurredOn(), command.comment(),
                    signed ? command.agreementSignedOn() : null, signed ? command.agreementReference() : null,
                    reached.compareTo(Stage.LANDED) >= 0 ? command.registeredOn() : null, null);
            return new ImportedMove(moveEvents(leadId, from, lowered, today),
                                    new ImportedStage(asked, reached, List.of()));
        }
        List<Object> events = new ArrayList<>();
        List<MissingGateData> recorded = new ArrayList<>();
        missing.forEach((stage, fields) -> {
            events.add(new LeadGateDataMissingEvent(leadId, stage, fields, file, row));
            recorded.add(new MissingGateData(stage, fields, file, row));
        });
        events.addAll(moveEvents(leadId, from, command, today));
        return new ImportedMove(events, new ImportedStage(asked, asked, recorded));
    }

    /** The events of an imported move, and where the lead stands after them. */
    record ImportedMove(List<Object> events, ImportedStage stage) {
    }

    /**
     * The data gates lacked that the lead has now (a visit logged, the figures, the agreement, the registration),
     * one {@link LeadGateDataCompletedEvent} per gate; none when nothing new is there.
     */
    List<Object> completions(String leadId, boolean loggedVisit) {
        if (dataToComplete.isEmpty()) {
            return List.of();
        }
        StageGates.Facts facts = facts(loggedVisit, null);
        List<Object> events = new ArrayList<>();
        dataToComplete.forEach((stage, fields) -> {
            List<String> met = StageGates.metNow(fields, facts);
            if (!met.isEmpty()) {
                events.add(new LeadGateDataCompletedEvent(leadId, stage, met));
            }
        });
        return events;
    }

    /** What the lead has toward the gates, counting what the move (if any) brings. */
    private StageGates.Facts facts(boolean loggedVisit, MoveLeadToStageCommand command) {
        return new StageGates.Facts(
                loggedVisit, plannedInvestment, targetZone,
                agreementSignedOn != null || command != null && command.agreementSignedOn() != null,
                agreementReference != null || command != null && hasText(command.agreementReference()),
                registeredOn != null || command != null && command.registeredOn() != null);
    }

    private List<Object> moveEvents(String leadId, Stage from, MoveLeadToStageCommand command, LocalDate today) {
        List<Object> events = proofs(leadId, command.agreementSignedOn(), command.agreementReference(),
                                     command.registeredOn());
        events.add(new LeadMovedToStageEvent(leadId, from, command.to(),
                                             command.occurredOn() == null ? today : command.occurredOn(),
                                             stripped(command.comment())));
        return events;
    }

    /**
     * The events of recording the agreement or the registration of a lead at {@code stage} without moving it: the
     * agreement needs SIGNED or later, the registration LANDED or later.
     */
    List<Object> record(String leadId, Stage stage, RecordStageDataCommand command) {
        new Violations()
                .check(!command.bringsAgreement() || stage.compareTo(Stage.SIGNED) >= 0, "agreementSignedOn",
                       "needs-signed", "an agreement is recorded on a lead at SIGNED or later; move it there instead")
                .check(command.registeredOn() == null || stage.compareTo(Stage.LANDED) >= 0, "registeredOn",
                       "needs-landed", "a registration is recorded on a lead at LANDED or later; move it there instead")
                .throwIfAny();
        return proofs(leadId, command.agreementSignedOn(), command.agreementReference(), command.registeredOn());
    }

    /** The agreement (each part not given kept as recorded) and the registration given, if any. */
    private List<Object> proofs(String leadId, LocalDate signedOn, String reference, LocalDate registered) {
        List<Object> events = new ArrayList<>();
        if (signedOn != null || hasText(reference)) {
            events.add(new AgreementSignedEvent(leadId, signedOn == null ? agreementSignedOn : signedOn,
                                                hasText(reference) ? reference.strip() : agreementReference));
        }
        if (registered != null) {
            events.add(new CompanyRegisteredEvent(leadId, registered));
        }
        return events;
    }

    @EventSourcingHandler
    void on(LeadGateDataMissingEvent event) {
        dataToComplete.put(event.stage(), event.fields());
    }

    @EventSourcingHandler
    void on(LeadGateDataCompletedEvent event) {
        List<String> left = dataToComplete.getOrDefault(event.stage(), List.of()).stream()
                                          .filter(field -> !event.fields().contains(field)).toList();
        if (left.isEmpty()) {
            dataToComplete.remove(event.stage());
        } else {
            dataToComplete.put(event.stage(), left);
        }
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
