package org.zhaoshang.crm.ambassador.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces the whole profile. */
public record UpdateAmbassadorCommand(@TargetAggregateIdentifier String ambassadorId, AmbassadorProfile profile,
                                      @TargetAggregateVersion Long expectedVersion) {
}
