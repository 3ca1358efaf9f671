package org.zhaoshang.crm.problem.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Raises a problem on a lead and hands it to a department, to be solved by a day. */
public record RaiseProblemCommand(@TargetAggregateIdentifier String problemId, String leadId, String description,
                                  String department, LocalDate dueOn, @TargetAggregateVersion Long expectedVersion)
        implements ProblemInput {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.identifier("problemId", problemId).identifier("leadId", leadId)
                  .required("description", description).maxLength("description", description, MAX_TEXT_LENGTH)
                  .identifier("department", department)
                  .required("dueOn", dueOn).notBefore("dueOn", dueOn, today);
        return violations;
    }
}
