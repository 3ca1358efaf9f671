package org.zhaoshang.crm.problem.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** A manager accepts a resolved problem's resolution (销号). */
public record CloseProblemCommand(@TargetAggregateIdentifier String problemId, String note,
                                  @TargetAggregateVersion Long expectedVersion)
        implements ProblemInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.maxLength("note", note, MAX_TEXT_LENGTH);
        return violations;
    }
}
