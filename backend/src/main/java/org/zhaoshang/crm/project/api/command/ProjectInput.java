package org.zhaoshang.crm.project.api.command;

import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** A project command that checks its own input (what holds whatever the project's state) before the aggregate. */
public interface ProjectInput {

    /** Adds the broken input rules to {@code violations} and returns it; {@code today} is the bureau's day. */
    Violations validate(Violations violations, LocalDate today);
}
