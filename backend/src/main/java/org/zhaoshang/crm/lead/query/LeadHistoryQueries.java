package org.zhaoshang.crm.lead.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.FindLeadDetailQuery;
import org.zhaoshang.crm.lead.api.FindLeadHistoryQuery;
import org.zhaoshang.crm.lead.api.LeadDetail;
import org.zhaoshang.crm.lead.api.LeadHistory;
import org.zhaoshang.crm.lead.api.LeadHistoryEntry;
import org.zhaoshang.crm.shared.api.Actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A lead's history and detail straight from the event store: every event, never a snapshot. */
@Component
public class LeadHistoryQueries {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final EventStore eventStore;
    private final ObjectMapper json;

    public LeadHistoryQueries(EventStore eventStore, ObjectMapper json) {
        this.eventStore = eventStore;
        this.json = json;
    }

    @QueryHandler
    LeadHistory handle(FindLeadHistoryQuery query) {
        LeadTimeline timeline = new LeadTimeline();
        List<LeadHistoryEntry> entries = new ArrayList<>(eventStore.readEvents(query.leadId(), 0).asStream()
                                                                   .map(event -> entry(event, timeline))
                                                                   .toList());
        if (!query.oldestFirst()) {
            Collections.reverse(entries);
        }
        return new LeadHistory(query.leadId(), entries);
    }

    /**
     * A lead's detail, folded from its own events on each read: a few exact-key reads, and never behind a change
     * just acknowledged (a detail view reloads right after its own command).
     */
    @QueryHandler
    LeadDetail handle(FindLeadDetailQuery query) {
        LeadDetailFold fold = new LeadDetailFold();
        eventStore.readEvents(query.leadId(), 0).asStream()
                  .forEach(event -> fold.apply(event.getPayload(), event.getSequenceNumber()));
        return fold.detail();
    }

    private LeadHistoryEntry entry(DomainEventMessage<?> event, LeadTimeline timeline) {
        String type = event.getPayloadType().getSimpleName().replaceFirst("Event$", "");
        Object actor = event.getMetaData().getOrDefault(Actor.META_DATA_KEY, Actor.SYSTEM);
        Map<String, Object> data = json.convertValue(event.getPayload(), FIELDS);
        Object day = data.containsKey("occurredOn") ? data.get("occurredOn") : data.get("identifiedOn");
        return new LeadHistoryEntry(event.getSequenceNumber(), type, String.valueOf(actor), event.getTimestamp(),
                                    day == null ? null : LocalDate.parse(day.toString()),
                                    timeline.apply(type, data), data);
    }
}
