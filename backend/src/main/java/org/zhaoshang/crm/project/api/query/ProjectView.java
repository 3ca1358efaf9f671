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
 * @param withdrawal           why and since when the project no longer stands (its lead left SIGNED), null while it
 *                             stands: a withdrawn project counts nowhere
 */
public record ProjectView(String projectId, String leadId, ProjectAgreement agreement, Commitments commitments,
                          String signedBy, LocalDate signedRecordedOn, String commitmentsChangedBy,
                          LocalDate commitmentsChangedOn, List<ProgressEntry> progress, long version,
                          ProjectWithdrawal withdrawal) {

    /** Whether it counts: not withdrawn. */
    public boolean stands() {
        return withdrawal == null;
    }

    /** Who withdrew the project (the application in the name of whoever moved its lead), on which day, why. */
    public record ProjectWithdrawal(String by, LocalDate on, String reason) {
    }
}
