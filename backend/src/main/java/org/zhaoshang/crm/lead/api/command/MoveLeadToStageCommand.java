package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.Stage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * Moves a lead forward or back in the pipeline.
 *
 * @param occurredOn      the day it really happened (a visit logged three days late keeps its day); today if null
 * @param comment         why, in the user's words; optional
 * @param agreementSignedOn  the day the investment agreement was signed: needed to reach SIGNED
 * @param agreementReference the agreement's number or title: needed to reach SIGNED
 * @param registeredOn       the day the company registered in the district: needed to reach LANDED
 * @param expectedVersion    the version of the lead the user saw; a newer one in the store is a conflict. Null: no
 *                           check
 */
public record MoveLeadToStageCommand(@TargetAggregateIdentifier String leadId,
                                     Stage to,
                                     LocalDate occurredOn,
                                     String comment,
                                     LocalDate agreementSignedOn,
                                     String agreementReference,
                                     LocalDate registeredOn,
                                     @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    public MoveLeadToStageCommand(String leadId, Stage to) {
        this(leadId, to, null, null, null, null, null, null);
    }

    public MoveLeadToStageCommand(String leadId, Stage to, LocalDate occurredOn, String comment, Long expectedVersion) {
        this(leadId, to, occurredOn, comment, null, null, null, expectedVersion);
    }

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        boolean bringsProof = agreementSignedOn != null || Texts.hasText(agreementReference) || registeredOn != null;
        return violations.required("to", to)
                         .notAfter("occurredOn", occurredOn, today)
                         .maxLength("comment", comment, Violations.MAX_TEXT_LENGTH)
                         .check(!bringsProof || to == null || to.compareTo(Stage.SIGNED) >= 0, "to",
                                "proof-needs-signed", "an agreement or registration comes with a move to SIGNED or later")
                         .notAfter("agreementSignedOn", agreementSignedOn, today)
                         .maxLength("agreementReference", agreementReference, Violations.MAX_NAME_LENGTH)
                         .notAfter("registeredOn", registeredOn, today);
    }
}
