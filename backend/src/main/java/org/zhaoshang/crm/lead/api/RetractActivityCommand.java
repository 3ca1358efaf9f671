package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraws an activity recorded by mistake (a new fact; the record stays in the history). */
public record RetractActivityCommand(@TargetAggregateIdentifier String leadId,
                                     String activityId,
                                     String reason,
                                     @TargetAggregateVersion Long expectedVersion) {
}
