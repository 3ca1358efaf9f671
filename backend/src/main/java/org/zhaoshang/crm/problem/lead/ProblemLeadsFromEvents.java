package org.zhaoshang.crm.problem.lead;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.keyproject.api.ProblemLeads;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;

import java.util.Optional;

/** A problem's lead from its first event (one exact-key read, never behind a problem just raised). */
@Component
class ProblemLeadsFromEvents implements ProblemLeads {

    private final EventStore events;

    ProblemLeadsFromEvents(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<String> leadOf(String problemId) {
        if (problemId == null || problemId.isBlank()) {
            return Optional.empty();
        }
        var stream = events.readEvents(problemId, 0);
        return stream.hasNext() && stream.next().getPayload() instanceof ProblemRaisedEvent raised
               ? Optional.of(raised.leadId()) : Optional.empty();
    }
}
