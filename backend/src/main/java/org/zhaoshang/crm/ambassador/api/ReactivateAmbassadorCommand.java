package org.zhaoshang.crm.ambassador.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes up the cooperation with a deactivated ambassador or partner again; {@code reason} is optional. */
public record ReactivateAmbassadorCommand(@TargetAggregateIdentifier String ambassadorId, String reason,
                                          @TargetAggregateVersion Long expectedVersion) {
}
