package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * A lead command that checks its own input: the rules that hold whatever the lead's state (required fields, lengths,
 * formats, days not in the future). The aggregate runs them once for every command, after {@code LeadAccess} and
 * before it decides what needs the lead's state.
 */
public interface ValidatedCommand {

    /** Adds the broken input rules to {@code violations} and returns it; {@code today} is the bureau's day. */
    Violations validate(Violations violations, LocalDate today);
}
