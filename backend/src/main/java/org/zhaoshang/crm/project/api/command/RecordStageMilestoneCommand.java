package org.zhaoshang.crm.project.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;

import java.time.LocalDate;

/**
 * The application records the milestone a lead's move means (LANDED: registered, OPERATING: operating) on its first
 * project, in the name of whoever moved the lead, for verification; nothing when the project has that milestone
 * recorded or verified already, or the same move was answered before. A unit let to the project records "moved in"
 * the same way.
 *
 * @param origin what the fact is recorded for: LEAD_STAGE (null) or UNIT_LET
 */
public record RecordStageMilestoneCommand(@TargetAggregateIdentifier String projectId, String progressId,
                                          Milestone milestone, LocalDate day, ProgressOrigin origin) {

    public RecordStageMilestoneCommand(String projectId, String progressId, Milestone milestone, LocalDate day) {
        this(projectId, progressId, milestone, day, null);
    }
}
