package org.zhaoshang.crm.problem.api.command;

import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** A problem command that checks its own input before the aggregate. */
public interface ProblemInput {

    int MAX_TEXT_LENGTH = 2_000;

    /** Adds the broken input rules to {@code violations} and returns it; {@code today} is the bureau's day. */
    Violations validate(Violations violations, LocalDate today);
}
