package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** A next step with its due day and who is to do it (the one scheduling it, if nobody is named). */
public record ScheduleFollowUpCommand(@TargetAggregateIdentifier String leadId, String followUpId, String nextStep,
                                      LocalDate dueOn, String assignee,
                                      @TargetAggregateVersion Long expectedVersion) {
}
