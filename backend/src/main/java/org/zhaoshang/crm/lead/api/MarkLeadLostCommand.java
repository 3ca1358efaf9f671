package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Records that a lead was lost (流失).
 *
 * @param detail            free text; required for {@link LossReason#OTHER}
 * @param competingLocation where the project went instead, if known; required for
 *                          {@link LossReason#CHOSE_OTHER_LOCATION}
 * @param occurredOn        the day it was lost; today if null
 */
public record MarkLeadLostCommand(@TargetAggregateIdentifier String leadId,
                                  LossReason reason,
                                  String detail,
                                  String competingLocation,
                                  LocalDate occurredOn,
                                  @TargetAggregateVersion Long expectedVersion) {
}
