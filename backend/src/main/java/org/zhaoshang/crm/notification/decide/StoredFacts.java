package org.zhaoshang.crm.notification.decide;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.project.api.ProgressRecordedEvent;

import java.util.Iterator;
import java.util.Optional;

/**
 * What a notice names, read from the aggregates' own events (a few exact-key reads), never from a read model that may
 * not have caught up with the event being decided on.
 */
@Component
class StoredFacts {

    private final EventStore events;

    StoredFacts(EventStore events) {
        this.events = events;
    }

    /** The key project's designation in force (the latest), if it was ever designated. */
    Optional<Designation> designation(int year, String leadId) {
        Designation latest = null;
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(KeyProjectIds.of(year, leadId), 0);
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof KeyProjectDesignatedEvent designated) {
                latest = designated.designation();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The problem as it was raised (its department and description do not change). */
    Optional<ProblemRaisedEvent> problem(String problemId) {
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(problemId, 0);
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof ProblemRaisedEvent raised) {
                return Optional.of(raised);
            }
        }
        return Optional.empty();
    }

    /** The progress fact as it was recorded on the project. */
    Optional<ProgressRecordedEvent> progress(String projectId, String progressId) {
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(projectId, 0);
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof ProgressRecordedEvent recorded
                    && recorded.progressId().equals(progressId)) {
                return Optional.of(recorded);
            }
        }
        return Optional.empty();
    }
}
