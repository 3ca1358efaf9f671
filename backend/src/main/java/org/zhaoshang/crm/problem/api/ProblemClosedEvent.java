package org.zhaoshang.crm.problem.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A manager accepted the resolution and closed the problem (销号). */
@Revision("1")
public record ProblemClosedEvent(String problemId, String leadId, String note, String by, LocalDate on)
        implements ProblemEvent {
}
