package org.zhaoshang.crm.project.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.project.api.value.Milestone;

import java.time.LocalDate;

/**
 * The application records the milestone a lead's move means (LANDED: registered, OPERATING: operating) on its first
 * project, in the name of whoever moved the lead, for verification; nothing when the project has that milestone
 * recorded or verified already, or the same move was answered before.
 */
public record RecordStageMilestoneCommand(@TargetAggregateIdentifier String projectId, String progressId,
                                          Milestone milestone, LocalDate day) {
}
