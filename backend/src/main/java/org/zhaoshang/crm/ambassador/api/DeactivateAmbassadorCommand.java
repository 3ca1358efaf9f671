package org.zhaoshang.crm.ambassador.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ends the cooperation; the leads they introduced keep their credit. */
public record DeactivateAmbassadorCommand(@TargetAggregateIdentifier String ambassadorId, String reason,
                                          @TargetAggregateVersion Long expectedVersion) {
}
