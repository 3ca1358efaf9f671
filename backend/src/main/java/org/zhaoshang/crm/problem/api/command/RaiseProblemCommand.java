package org.zhaoshang.crm.problem.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * Raises a problem on a lead and hands it to a department, to be solved by a day.
 *
 * @param raisedOn the day it was raised, when the application records a problem raised before today (the demo's
 *                 history); null for today, and always null from a user. The due day is not before it.
 */
public record RaiseProblemCommand(@TargetAggregateIdentifier String problemId, String leadId, String description,
                                  String department, LocalDate dueOn, @TargetAggregateVersion Long expectedVersion,
                                  LocalDate raisedOn) implements ProblemInput {

    /** A problem raised today. */
    public RaiseProblemCommand(String problemId, String leadId, String description, String department,
                               LocalDate dueOn, Long expectedVersion) {
        this(problemId, leadId, description, department, dueOn, expectedVersion, null);
    }

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.identifier("problemId", problemId).identifier("leadId", leadId)
                  .required("description", description).maxLength("description", description, MAX_TEXT_LENGTH)
                  .identifier("department", department)
                  .notAfter("raisedOn", raisedOn, today)
                  .required("dueOn", dueOn);
        return raisedOn == null ? violations.notBefore("dueOn", dueOn, today)
                : violations.check(dueOn == null || !dueOn.isBefore(raisedOn), "dueOn", "not-past",
                                   "must be the day it was raised (" + raisedOn + ") or later");
    }
}
