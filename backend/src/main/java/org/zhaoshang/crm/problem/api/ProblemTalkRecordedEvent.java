package org.zhaoshang.crm.problem.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A formal talk (约谈) was held about the problem: when, with whom, what was agreed. */
@Revision("1")
public record ProblemTalkRecordedEvent(String problemId, String leadId, LocalDate heldOn, String participants,
                                       String summary, String by, LocalDate on) implements ProblemEvent {
}
