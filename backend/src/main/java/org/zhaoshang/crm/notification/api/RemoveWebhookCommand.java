package org.zhaoshang.crm.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a group robot; nothing more is sent to it. */
public record RemoveWebhookCommand(@TargetAggregateIdentifier String webhookId) {
}
