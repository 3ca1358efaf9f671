package org.zhaoshang.crm.problem.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Notes what was done on an open problem. */
public record NoteProblemProgressCommand(@TargetAggregateIdentifier String problemId, String note,
                                         @TargetAggregateVersion Long expectedVersion)
        implements ProblemInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.required("note", note).maxLength("note", note, MAX_TEXT_LENGTH);
        return violations;
    }
}
