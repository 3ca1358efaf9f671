package org.zhaoshang.crm.project.api;

import org.axonframework.serialization.Revision;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;

import java.time.LocalDate;

/**
 * A signed project (签约项目) begins: from the lead's move to SIGNED (its agreement, commitments taken from the lead's
 * figures) or from a further agreement with the same company.
 *
 * @param commitments what the agreement promises as first known (for a capital increase: the increase alone)
 * @param recordedBy  who signed it in (the user who moved the lead, or who recorded the further agreement)
 * @param recordedOn  the bureau's day it was recorded
 */
@Revision("1")
public record ProjectSignedEvent(String projectId, String leadId, ProjectAgreement agreement, Commitments commitments,
                                 String recordedBy, LocalDate recordedOn) implements ProjectEvent {
}
