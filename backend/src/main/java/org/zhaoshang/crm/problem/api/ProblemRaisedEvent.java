package org.zhaoshang.crm.problem.api;

import java.time.LocalDate;

/** Someone who works on the lead raised a problem and handed it to a department (交办) to be solved by a day. */
public record ProblemRaisedEvent(String problemId, String leadId, String description, String department,
                                 LocalDate dueOn, String raisedBy, LocalDate raisedOn) implements ProblemEvent {
}
