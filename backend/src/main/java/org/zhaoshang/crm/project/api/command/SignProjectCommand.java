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

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.identifier("leadId", leadId).required("agreement", agreement);
        if (agreement != null) {
            violations.required("agreement.signedOn", agreement.signedOn())
                      .notAfter("agreement.signedOn", agreement.signedOn(), today)
                      .check(agreement.signedOn() == null || !agreement.signedOn().isBefore(Commitments.FIRST_DAY),
                             "agreement.signedOn", "range", "must be " + Commitments.FIRST_DAY + " or later")
                      .required("agreement.reference", agreement.reference())
                      .maxLength("agreement.reference", agreement.reference(), Violations.MAX_NAME_LENGTH)
                      .required("agreement.basis", agreement.basis());
        }
        violations.required("commitments", commitments);
        return commitments == null ? violations : commitments.validate(violations);
    }
}
