package org.zhaoshang.crm.supervision.api.query;

import java.time.LocalDate;

/** One step of a problem's history, oldest first. */
public record ProblemEntry(Kind kind, LocalDate on, String by, String text) {

    public enum Kind { RAISED, NOTE, RESOLVED, CLOSED, REOPENED, TALK, INSTRUCTION }
}
