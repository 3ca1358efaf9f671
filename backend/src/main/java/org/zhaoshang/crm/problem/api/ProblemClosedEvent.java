package org.zhaoshang.crm.problem.api;

import java.time.LocalDate;

/** A manager accepted the resolution and closed the problem (销号). */
public record ProblemClosedEvent(String problemId, String leadId, String note, String by, LocalDate on)
        implements ProblemEvent {
}
