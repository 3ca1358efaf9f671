package org.zhaoshang.crm.problem.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** A manager sends a resolved or closed problem back, with the reason and perhaps a new due day. */
public record ReopenProblemCommand(@TargetAggregateIdentifier String problemId, String reason, LocalDate dueOn,
                                   @TargetAggregateVersion Long expectedVersion)
        implements ProblemInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.required("reason", reason).maxLength("reason", reason, MAX_TEXT_LENGTH)
                  .notBefore("dueOn", dueOn, today);
        return violations;
    }
}
