package org.zhaoshang.crm.project.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * Begins a signed project of a lead; nothing happens when the project exists already (the lead's move to SIGNED is
 * answered with a project whose id comes from the lead and its agreement, so a replay or a second node creates
 * nothing twice).
 */
public record SignProjectCommand(@TargetAggregateIdentifier String projectId, String leadId,
                                 ProjectAgreement agreement, Commitments commitments) implements ProjectInput {

    public SignProjectCommand {
        agreement = agreement == null ? new ProjectAgreement(null, null, null) : agreement;
    }

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.required("leadId", leadId).required("agreementSignedOn", agreement.signedOn())
                  .notAfter("agreementSignedOn", agreement.signedOn(), today)
                  .check(agreement.signedOn() == null || !agreement.signedOn().isBefore(Commitments.FIRST_DAY),
                         "agreementSignedOn", "range", "must be " + Commitments.FIRST_DAY + " or later")
                  .required("agreementReference", agreement.reference())
                  .maxLength("agreementReference", agreement.reference(), Violations.MAX_NAME_LENGTH)
                  .required("basis", agreement.basis())
                  .required("commitments", commitments);
        return commitments == null ? violations : commitments.validate(violations, "commitments.");
    }
}
