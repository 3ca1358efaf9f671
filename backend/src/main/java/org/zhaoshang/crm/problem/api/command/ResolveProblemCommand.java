package org.zhaoshang.crm.problem.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** The department reports an open problem solved, with how. */
public record ResolveProblemCommand(@TargetAggregateIdentifier String problemId, String resolution,
                                    @TargetAggregateVersion Long expectedVersion)
        implements ProblemInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.required("resolution", resolution).maxLength("resolution", resolution, MAX_TEXT_LENGTH);
        return violations;
    }
}
