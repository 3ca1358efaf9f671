package org.zhaoshang.crm.lead.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * Records the agreement or the registration of a lead that is at SIGNED or LANDED already (placed there by an import
 * that lacked them), without moving it. Each part given replaces what was recorded; the others are kept.
 *
 * @param agreementSignedOn  the day the investment agreement was signed
 * @param agreementReference the agreement's number or title
 * @param registeredOn       the day the company registered in the district
 * @param expectedVersion    the version of the lead the user saw; null: no check
 */
public record RecordStageDataCommand(@TargetAggregateIdentifier String leadId,
                                     LocalDate agreementSignedOn,
                                     String agreementReference,
                                     LocalDate registeredOn,
                                     @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    /** Whether it brings anything of the agreement. */
    public boolean bringsAgreement() {
        return agreementSignedOn != null || Texts.hasText(agreementReference);
    }

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.required("leadId", leadId)
                         .check(bringsAgreement() || registeredOn != null, "agreementSignedOn", "required",
                                "give the agreement's day or reference, or the day of registration")
                         .notAfter("agreementSignedOn", agreementSignedOn, today)
                         .maxLength("agreementReference", agreementReference, Violations.MAX_NAME_LENGTH)
                         .notAfter("registeredOn", registeredOn, today);
    }
}
