package org.zhaoshang.crm.problem.api;

import java.time.LocalDate;

/** The department reports the problem solved (办结), with how; a manager closes it or reopens it. */
public record ProblemResolvedEvent(String problemId, String leadId, String resolution, String by, LocalDate on)
        implements ProblemEvent {
}
