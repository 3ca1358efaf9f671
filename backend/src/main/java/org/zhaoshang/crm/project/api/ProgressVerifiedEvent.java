package org.zhaoshang.crm.project.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.project.api.value.ProgressFact;

import java.time.LocalDate;

/**
 * A manager other than its recorder approved a progress fact (认定): from now on it counts, once.
 *
 * @param fact       the fact as verified (so that rates need no other event)
 * @param recordedBy who recorded it
 * @param promisedOn the day it was promised by, as the commitments say when verified, or null
 */
@Revision("1")
public record ProgressVerifiedEvent(String projectId, String leadId, String progressId, ProgressFact fact,
                                    String recordedBy, String verifiedBy, LocalDate verifiedOn,
                                    LocalDate promisedOn) implements ProjectEvent {
}
