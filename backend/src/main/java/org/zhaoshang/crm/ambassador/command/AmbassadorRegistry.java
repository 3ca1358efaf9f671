package org.zhaoshang.crm.ambassador.command;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.ambassador.api.AmbassadorDeactivatedEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorReactivatedEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorRegisteredEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorUpdatedEvent;
import org.zhaoshang.crm.shared.api.AmbassadorDirectory;

/**
 * Answers from the ambassador's own events, not from a read model, so that a lead can credit an ambassador the
 * moment the registration is acknowledged, on any node.
 */
@Component
class AmbassadorRegistry implements AmbassadorDirectory {

    private final EventStore events;

    AmbassadorRegistry(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean isActive(String ambassadorId) {
        boolean[] active = {false};
        events.readEvents(ambassadorId).forEachRemaining(event -> {
            if (event.getPayload() instanceof AmbassadorRegisteredEvent
                || event.getPayload() instanceof AmbassadorReactivatedEvent) {
                active[0] = true;
            } else if (event.getPayload() instanceof AmbassadorDeactivatedEvent) {
                active[0] = false;
            }
        });
        return active[0];
    }

    @Override
    public String nameOf(String ambassadorId) {
        if (ambassadorId == null) {
            return null;
        }
        String[] name = {ambassadorId};
        events.readEvents(ambassadorId).forEachRemaining(event -> {
            if (event.getPayload() instanceof AmbassadorRegisteredEvent registered) {
                name[0] = registered.profile().name();
            } else if (event.getPayload() instanceof AmbassadorUpdatedEvent updated) {
                name[0] = updated.profile().name();
            }
        });
        return name[0];
    }
}
