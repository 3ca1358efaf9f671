package org.zhaoshang.crm.project.lead;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.state.LeadState;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.UUID;

/**
 * A project's lead, folded from the lead's own events on each call (a few exact-key reads, never behind a change just
 * acknowledged): who sees and changes the lead sees and changes its projects, and the first project is made of the
 * lead's agreement and figures.
 */
@Component
public class ProjectLeads {

    private final EventStore events;

    public ProjectLeads(EventStore events) {
        this.events = events;
    }

    /** The lead as its events leave it now ({@link LeadState#exists()} is false for an unknown id). */
    public LeadState now(String leadId) {
        return asOf(leadId, Long.MAX_VALUE);
    }

    /** The lead as its events up to {@code sequence} (inclusive) left it. */
    public LeadState asOf(String leadId, long sequence) {
        LeadState lead = LeadState.NONE;
        if (leadId == null) {
            return lead;
        }
        // from the first event: a stream from the last snapshot would begin with the aggregate, not a lead event
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(leadId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getSequenceNumber() > sequence) {
                break;
            }
            if (event.getPayload() instanceof LeadEvent leadEvent) {
                lead = lead.apply(leadEvent, event.getTimestamp());
            }
        }
        return lead;
    }

    /**
     * The id of the project a lead's agreement begins: the same for the same lead and agreement on every node and in
     * every replay, and never a lead's id.
     */
    public static String firstProjectId(String leadId, LocalDate signedOn, String reference) {
        String key = "signed-project\n" + leadId + "\n" + signedOn + "\n" + reference;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
