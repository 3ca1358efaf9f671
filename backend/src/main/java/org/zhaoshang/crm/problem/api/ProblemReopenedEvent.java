package org.zhaoshang.crm.problem.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A manager sent a resolved or closed problem back to its department with the reason; it is in progress again.
 *
 * @param dueOn the new due day, or null to keep the one it had
 */
@Revision("1")
public record ProblemReopenedEvent(String problemId, String leadId, String reason, LocalDate dueOn, String by,
                                   LocalDate on) implements ProblemEvent {
}
