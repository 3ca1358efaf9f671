package org.zhaoshang.crm.ambassador.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterAmbassadorCommand(@TargetAggregateIdentifier String ambassadorId, AmbassadorProfile profile) {
}
