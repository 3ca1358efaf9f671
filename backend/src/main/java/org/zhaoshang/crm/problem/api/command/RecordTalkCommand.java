package org.zhaoshang.crm.problem.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Records a formal talk (约谈) held about a problem. */
public record RecordTalkCommand(@TargetAggregateIdentifier String problemId, LocalDate heldOn, String participants,
                                String summary, @TargetAggregateVersion Long expectedVersion)
        implements ProblemInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.required("heldOn", heldOn).notAfter("heldOn", heldOn, today)
                  .required("participants", participants)
                  .maxLength("participants", participants, Violations.MAX_NAME_LENGTH)
                  .required("summary", summary).maxLength("summary", summary, MAX_TEXT_LENGTH);
        return violations;
    }
}
