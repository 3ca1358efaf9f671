package org.zhaoshang.crm.building.command;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.project.api.ProjectSignedEvent;

import java.util.Iterator;
import java.util.Optional;

/**
 * The lead of a signed project, read from the project's first event (one exact-key read, never behind a signing just
 * acknowledged): a tenant names a project only of its own lead, because a let records the project's move-in.
 */
@Component
class SignedProjects {

    private final EventStore events;

    SignedProjects(EventStore events) {
        this.events = events;
    }

    /** The project's lead; empty for an id that is no signed project. */
    Optional<String> leadOf(String projectId) {
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(projectId, 0);
        if (stream.hasNext() && stream.next().getPayload() instanceof ProjectSignedEvent signed) {
            return Optional.of(signed.leadId());
        }
        return Optional.empty();
    }
}
