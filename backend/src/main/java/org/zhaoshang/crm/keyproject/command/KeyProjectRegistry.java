package org.zhaoshang.crm.keyproject.command;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.keyproject.api.KeyProjectLeaders;
import org.zhaoshang.crm.keyproject.api.KeyProjectStoppedEvent;

/**
 * Answers from the key project's own events (one exact-key read), not from a read model, so that a leader acts on a
 * project the moment its designation is acknowledged, on any node.
 */
@Component
class KeyProjectRegistry implements KeyProjectLeaders {

    private final EventStore events;

    KeyProjectRegistry(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean answersFor(String username, int year, String leadId) {
        if (username == null || leadId == null) {
            return false;
        }
        String[] leader = {null};
        events.readEvents(KeyProjectIds.of(year, leadId), 0).forEachRemaining(event -> {
            if (event.getPayload() instanceof KeyProjectDesignatedEvent designated) {
                leader[0] = designated.designation().leader();
            } else if (event.getPayload() instanceof KeyProjectStoppedEvent) {
                leader[0] = null;
            }
        });
        return username.equals(leader[0]);
    }
}
