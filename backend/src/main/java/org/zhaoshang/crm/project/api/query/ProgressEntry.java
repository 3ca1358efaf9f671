package org.zhaoshang.crm.project.api.query;

import org.zhaoshang.crm.project.api.value.ProgressFact;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;
import org.zhaoshang.crm.project.api.value.VerificationState;

import java.time.LocalDate;

/**
 * A progress fact and where it stands.
 *
 * @param decidedBy  the manager who approved or returned it (null while pending)
 * @param reason     why it was returned
 * @param replaces   the returned fact this one corrects
 * @param replacedBy the fact that corrects this returned one
 */
public record ProgressEntry(String progressId, ProgressFact fact, ProgressOrigin origin, String recordedBy,
                            LocalDate recordedOn, LocalDate promisedOn, VerificationState state, String decidedBy,
                            LocalDate decidedOn, String reason, String replaces, String replacedBy) {
}
