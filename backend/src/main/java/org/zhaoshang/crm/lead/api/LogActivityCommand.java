package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * Records a contact with the company: a call, meeting, visit, email or event. An internal note ({@code internal}) is
 * for the bureau only: ambassadors and partners never see it.
 */
public record LogActivityCommand(@TargetAggregateIdentifier String leadId,
                                 String activityId,
                                 ActivityType type,
                                 LocalDate occurredOn,
                                 List<String> participants,
                                 String summary,
                                 Boolean internal,
                                 @TargetAggregateVersion Long expectedVersion) {
}
