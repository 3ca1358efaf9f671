package org.zhaoshang.crm.project.api.value;

import java.time.LocalDate;

/** The day the agreement promises a milestone is reached by. */
public record PromisedDay(Milestone milestone, LocalDate dueOn) {
}
