package org.zhaoshang.crm.project.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;

import java.time.LocalDate;

/**
 * A progress fact recorded, waiting for verification (认定); it counts only once verified.
 *
 * @param promisedOn the day the commitments promised it by when it was recorded (a milestone's promised day, the
 *                   last tranche due by the day of capital), null if none
 * @param replaces   the returned fact of the same recorder this one corrects, or null
 */
@Revision("1")
public record ProgressRecordedEvent(String projectId, String leadId, String progressId, ProgressFact fact,
                                    ProgressOrigin origin, String recordedBy, LocalDate recordedOn,
                                    LocalDate promisedOn, String replaces) implements ProjectEvent {
}
