package org.zhaoshang.crm.lead.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MoveLeadToStageCommand(@TargetAggregateIdentifier String leadId, Stage stage) {
}
