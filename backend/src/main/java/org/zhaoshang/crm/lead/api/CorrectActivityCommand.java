package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/** Replaces what was recorded of an activity (a new fact; the first record stays in the history). */
public record CorrectActivityCommand(@TargetAggregateIdentifier String leadId,
                                     String activityId,
                                     ActivityType type,
                                     LocalDate occurredOn,
                                     List<String> participants,
                                     String summary,
                                     @TargetAggregateVersion Long expectedVersion) {
}
