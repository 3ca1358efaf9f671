package org.zhaoshang.crm.project.api.query;

import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;

import java.time.LocalDate;
import java.util.List;

/**
 * A signed project as its events leave it.
 *
 * @param signedBy             who recorded the project (the lead's move to SIGNED, or the further agreement)
 * @param commitmentsChangedBy who last changed the commitments (null while they are the first ones)
 * @param progress             every progress fact in the order recorded, with its verification
 * @param version              the project's version: send it back as {@code If-Match} or {@code expectedVersion}
 */
public record ProjectView(String projectId, String leadId, ProjectAgreement agreement, Commitments commitments,
                          String signedBy, LocalDate signedRecordedOn, String commitmentsChangedBy,
                          LocalDate commitmentsChangedOn, List<ProgressEntry> progress, long version) {
}
