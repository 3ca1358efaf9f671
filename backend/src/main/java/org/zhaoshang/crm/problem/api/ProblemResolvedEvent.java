package org.zhaoshang.crm.problem.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The department reports the problem solved (办结), with how; a manager closes it or reopens it. */
@Revision("1")
public record ProblemResolvedEvent(String problemId, String leadId, String resolution, String by, LocalDate on)
        implements ProblemEvent {
}
