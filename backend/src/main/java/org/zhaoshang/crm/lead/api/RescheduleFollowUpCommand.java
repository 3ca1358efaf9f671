package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

public record RescheduleFollowUpCommand(@TargetAggregateIdentifier String leadId, String followUpId, LocalDate dueOn,
                                        String reason, @TargetAggregateVersion Long expectedVersion) {
}
