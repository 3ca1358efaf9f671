package org.zhaoshang.crm.problem.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A note of what was done on the problem (办理中); the first one moves an assigned problem to in progress. */
@Revision("1")
public record ProblemProgressNotedEvent(String problemId, String leadId, String note, String by, LocalDate on)
        implements ProblemEvent {
}
