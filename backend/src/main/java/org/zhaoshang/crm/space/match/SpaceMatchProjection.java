package org.zhaoshang.crm.space.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.state.BuildingState;
import org.zhaoshang.crm.lead.api.LeadCompanyUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.LeadEvent;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.lead.api.LeadMovedToStageEvent;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;
import org.zhaoshang.crm.lead.api.LeadPutOnHoldEvent;
import org.zhaoshang.crm.lead.api.LeadReassignedEvent;
import org.zhaoshang.crm.lead.api.LeadReopenedEvent;
import org.zhaoshang.crm.lead.api.LeadSourceChangedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberAddedEvent;
import org.zhaoshang.crm.lead.api.LeadTeamMemberRemovedEvent;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.projection.ChangedInBatch;
import org.zhaoshang.crm.projection.Documents;
import org.zhaoshang.crm.projection.ReadModels;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.eq;

/**
 * The read model matching reads: in {@value #BUILDINGS} one document per building (what {@link MatchedBuilding}
 * keeps, folded by {@link BuildingState}), in {@value #LEADS} one per lead (what {@link KeptLead} keeps), each with
 * the sequence of the last event of its aggregate applied: an event delivered again changes nothing. In
 * {@value #CHANGES} a token per collection, set anew after each change that matching would see, so that every node
 * reloads its index ({@link FreeSpaceIndex}) when, and only when, something moved. Lead documents are written once
 * per batch ({@link ChangedInBatch}); building events are few and written one by one.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class SpaceMatchProjection {

    public static final String BUILDINGS = "space_match_buildings";
    public static final String LEADS = "space_match_leads";
    /** Change tokens, not derived from the events (a cache's marker): left out of backups and checksums. */
    public static final String CHANGES = "space_match_changes";
    static final String BUILDINGS_CHANGED = "buildings";
    static final String LEADS_CHANGED = "leads";
    static final String VERSION = "version";
    static final String CANDIDATE = "candidate";
    static final String BUILDING = "building";
    static final String LEAD = "lead";

    /** The lead events that change what {@link KeptLead} keeps; the others are passed over without a read. */
    private static final Set<Class<?>> KEPT_LEAD_EVENTS = Set.of(
            LeadCreatedEvent.class, LeadMovedToStageEvent.class, LeadSourceChangedEvent.class,
            LeadCompanyUpdatedEvent.class, LeadReassignedEvent.class, LeadTeamMemberAddedEvent.class,
            LeadTeamMemberRemovedEvent.class, LeadNumbersUpdatedEvent.class, LeadPutOnHoldEvent.class,
            LeadLostEvent.class, LeadReopenedEvent.class);

    private final MongoCollection<Document> buildings;
    private final MongoCollection<Document> leads;
    private final MongoCollection<Document> changes;
    private final EventStore events;
    private final ObjectMapper json;
    /** The fold of each building this node stored last: its next event applies to it without reading the log. */
    private final Map<String, Folded> folded = new ConcurrentHashMap<>();
    /** Leads changed in batches not yet stored, with what their documents held before. */
    private final Map<String, PendingLead> pending = new ConcurrentHashMap<>();
    private final ChangedInBatch<String, Void> changedLeads = new ChangedInBatch<>(this::storeLeads);

    public SpaceMatchProjection(MongoDatabase database, EventStore events, ObjectMapper json) {
        this.buildings = database.getCollection(BUILDINGS);
        this.leads = database.getCollection(LEADS);
        this.changes = database.getCollection(CHANGES);
        this.events = events;
        this.json = json;
    }

    @EventHandler
    void on(BuildingEvent event, @SequenceNumber long sequence) {
        String buildingId = event.buildingId();
        Document stored = Documents.byId(buildings, buildingId).orElse(null);
        long storedVersion = stored == null ? -1 : stored.getLong(VERSION);
        if (storedVersion >= sequence) {
            return;
        }
        Folded known = folded.remove(buildingId);
        BuildingState state = known != null && known.version() == sequence - 1 && storedVersion == sequence - 1
                              ? known.state().apply(event)
                              : storedVersion == -1 && sequence == 0 ? new BuildingState().apply(event)
                              : fromLog(buildingId, sequence);
        MatchedBuilding building = MatchedBuilding.of(state);
        if (building != null) {
            String written = write(building);
            buildings.replaceOne(eq("_id", buildingId),
                                 new Document("_id", buildingId).append(VERSION, sequence).append(BUILDING, written),
                                 new ReplaceOptions().upsert(true));
            if (stored == null || !written.equals(stored.getString(BUILDING))) {
                moved(BUILDINGS_CHANGED);
            }
        }
        folded.put(buildingId, new Folded(sequence, state));
    }

    /** The building as its events up to {@code sequence} left it: when this node did not apply the one before. */
    private BuildingState fromLog(String buildingId, long sequence) {
        BuildingState state = new BuildingState();
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(buildingId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getSequenceNumber() > sequence) {
                break;
            }
            if (message.getPayload() instanceof BuildingEvent event) {
                state.apply(event);
            }
        }
        return state;
    }

    @EventHandler
    void on(LeadEvent event, @SequenceNumber long sequence) {
        if (!KEPT_LEAD_EVENTS.contains(event.getClass())) {
            return;
        }
        String leadId = event.leadId();
        PendingLead lead = pending.get(leadId);
        if (lead == null) {
            Document stored = Documents.byId(leads, leadId).orElse(null);
            KeptLead before = stored == null ? null : read(stored.getString(LEAD), KeptLead.class);
            lead = new PendingLead(stored == null ? -1 : stored.getLong(VERSION), before, before);
        }
        if (lead.version() < sequence) {
            LeadState after = (lead.now() == null ? LeadState.NONE : lead.now().state()).apply(event, null);
            if (after.exists()) {
                lead = new PendingLead(sequence, lead.stored(), KeptLead.of(after));
            }
        }
        // noted even when passed over: a batch retried after a failure still stores what it changed before
        pending.put(leadId, lead);
        changedLeads.changed(leadId, () -> null);
    }

    private void storeLeads(Map<String, Void> changed) {
        boolean moved = false;
        List<Document> documents = new ArrayList<>();
        for (String leadId : changed.keySet()) {
            PendingLead lead = pending.remove(leadId);
            if (lead == null || lead.now() == null) {
                continue;
            }
            documents.add(new Document("_id", leadId).append(VERSION, lead.version())
                                                     .append(CANDIDATE, lead.now().candidate())
                                                     .append(LEAD, write(lead.now())));
            moved |= (lead.now().candidate() || lead.stored() != null && lead.stored().candidate())
                     && !lead.now().equals(lead.stored());
        }
        Documents.replaceAll(leads, documents);
        if (moved) {
            moved(LEADS_CHANGED);
        }
    }

    /** Tells every node's index that a collection changed (after the change is stored). */
    private void moved(String collection) {
        changes.updateOne(eq("_id", collection), Updates.set("token", UUID.randomUUID().toString()),
                          new UpdateOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        folded.clear();
        pending.clear();
        buildings.drop();
        leads.drop();
        moved(BUILDINGS_CHANGED);
        moved(LEADS_CHANGED);
    }

    /** The token of a collection's last change (null before any). */
    static String token(MongoCollection<Document> changes, String collection) {
        Document marker = Documents.byId(changes, collection).orElse(null);
        return marker == null ? null : marker.getString("token");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException corrupt) {
            throw new UncheckedIOException(corrupt);
        }
    }

    private record Folded(long version, BuildingState state) {
    }

    /**
     * @param version the last event applied to {@code now}
     * @param stored  what the lead's document holds (null: none)
     * @param now     the lead as it now stands (null: not created)
     */
    private record PendingLead(long version, KeptLead stored, KeptLead now) {
    }
}
