package org.zhaoshang.crm.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a group robot; nothing more is sent to it. */
public record RemoveWebhookCommand(String webhookId) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return WebhookIds.of(webhookId);
    }
}
