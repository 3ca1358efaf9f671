package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Pauses an open lead (暂缓) with the reason and the day to look at it again. */
public record PutLeadOnHoldCommand(@TargetAggregateIdentifier String leadId,
                                   String reason,
                                   LocalDate revisitOn,
                                   @TargetAggregateVersion Long expectedVersion) {
}
