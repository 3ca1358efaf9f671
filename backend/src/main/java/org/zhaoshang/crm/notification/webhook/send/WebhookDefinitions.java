package org.zhaoshang.crm.notification.webhook.send;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.WebhookDefinedEvent;
import org.zhaoshang.crm.notification.api.WebhookIds;
import org.zhaoshang.crm.notification.api.WebhookRemovedEvent;

import java.util.Optional;

/**
 * A robot's definition with its address and secret, from its own events (a few exact-key reads, never behind a change
 * just made): the only place they are read, so that no read model holds them.
 */
@Component
class WebhookDefinitions {

    private final EventStore events;

    WebhookDefinitions(EventStore events) {
        this.events = events;
    }

    /** The robot as last defined, or empty when it is unknown or removed. */
    Optional<WebhookDefinedEvent> find(String webhookId) {
        if (webhookId == null || webhookId.isBlank()) {
            return Optional.empty();
        }
        WebhookDefinedEvent[] last = {null};
        events.readEvents(WebhookIds.of(webhookId), 0).forEachRemaining(event -> {
            if (event.getPayload() instanceof WebhookDefinedEvent defined) {
                last[0] = defined;
            } else if (event.getPayload() instanceof WebhookRemovedEvent) {
                last[0] = null;
            }
        });
        return Optional.ofNullable(last[0]);
    }
}
