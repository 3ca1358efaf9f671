package org.zhaoshang.crm.supervision.api.query;

import org.zhaoshang.crm.project.api.value.Milestone;

import java.time.LocalDate;

/**
 * A promised milestone of a signed project at a day.
 *
 * @param reachedOn   the day it was reached (verified), or null
 * @param daysOverdue days past the promised day without it, 0 when reached or not yet due
 */
public record MilestoneDue(String projectId, Milestone milestone, LocalDate promisedOn, LocalDate reachedOn,
                           long daysOverdue) {
}
