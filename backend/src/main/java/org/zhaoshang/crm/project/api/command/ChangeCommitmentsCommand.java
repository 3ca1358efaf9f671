package org.zhaoshang.crm.project.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * Sets what the project's agreement promises, whole.
 *
 * @param expectedVersion the version of the project the user saw; a newer one is a conflict. Null: no check
 */
public record ChangeCommitmentsCommand(@TargetAggregateIdentifier String projectId, Commitments commitments,
                                       @TargetAggregateVersion Long expectedVersion) implements ProjectInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.required("commitments", commitments);
        return commitments == null ? violations : commitments.validate(violations, "");
    }
}
