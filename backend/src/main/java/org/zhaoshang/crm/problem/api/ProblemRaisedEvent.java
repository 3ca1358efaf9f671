package org.zhaoshang.crm.problem.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Someone who works on the lead raised a problem and handed it to a department (交办) to be solved by a day. */
@Revision("1")
public record ProblemRaisedEvent(String problemId, String leadId, String description, String department,
                                 LocalDate dueOn, String raisedBy, LocalDate raisedOn) implements ProblemEvent {
}
