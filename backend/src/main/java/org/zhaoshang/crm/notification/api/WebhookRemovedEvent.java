package org.zhaoshang.crm.notification.api;

import org.axonframework.serialization.Revision;

/** A group robot removed. */
@Revision("1")
public record WebhookRemovedEvent(String webhookId, String removedBy) {
}
