package org.zhaoshang.crm.building.kept;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.projection.ChangedInBatch;
import org.zhaoshang.crm.projection.Documents;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.gte;

/**
 * The buildings of one read model: in memory ({@link KeptBuilding}), and in a collection, one document per building
 * with its events and the sequence number of the last, stored once per batch of events. Idempotent: an event whose
 * sequence number the building has reached is passed over, so every event may be delivered twice. When an earlier
 * event is missing (another node applied it), the building is first read from its document.
 */
public final class KeptBuildings {

    /** When a node stored the document; the read models' checksum leaves this field out. */
    public static final String STORED_AT = "storedAt";
    /** How far before the last look to read again: the nodes' clocks and their batches' commits differ a little. */
    private static final Duration CLOCKS_AND_COMMITS = Duration.ofMinutes(1);
    private static final Map<String, Class<?>> EVENT_TYPES = Arrays.stream(BuildingEvent.class.getPermittedSubclasses())
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private final MongoCollection<Document> documents;
    private final ObjectMapper json;
    private final Map<String, KeptBuilding> byId = new ConcurrentHashMap<>();
    /** Buildings this node changed and has not stored yet: what other nodes stored must not replace them. */
    private final Set<String> unsaved = ConcurrentHashMap.newKeySet();
    private final ChangedInBatch<String, Void> changes = new ChangedInBatch<>(this::store);

    public KeptBuildings(MongoDatabase database, String collection, ObjectMapper json) {
        this.documents = database.getCollection(collection);
        this.json = json;
    }

    /** Applies the building's event of this sequence number (0 for its first); the building as it now is. */
    public KeptBuilding apply(BuildingEvent event, long sequence) {
        String id = event.buildingId();
        KeptBuilding held = byId.get(id);
        if (sequence > 0 && (held == null || sequence > held.version() + 1)) {
            held = newerStored(id, held);
        }
        KeptBuilding building = held != null ? held : new KeptBuilding(id);
        building.apply(event, sequence);
        byId.put(id, building);
        unsaved.add(id);
        changes.changed(id, () -> null);
        return building;
    }

    public KeptBuilding get(String buildingId) {
        return byId.get(buildingId);
    }

    public Collection<KeptBuilding> all() {
        return byId.values();
    }

    /** Every document into memory. */
    public void load() {
        Documents.forEach(documents, document -> {
            KeptBuilding building = read(document);
            byId.put(building.buildingId(), building);
        });
    }

    /** Takes in what was stored since then (by any node) that is newer than what this node holds. */
    public void reloadStoredSince(Instant since) {
        documents.find(gte(STORED_AT, Date.from(since.minus(CLOCKS_AND_COMMITS)))).forEach(document -> {
            KeptBuilding stored = read(document);
            KeptBuilding held = byId.get(stored.buildingId());
            if (!unsaved.contains(stored.buildingId()) && (held == null || held.version() < stored.version())) {
                byId.put(stored.buildingId(), stored);
            }
        });
    }

    public void clear() {
        documents.drop();
        byId.clear();
        unsaved.clear();
    }

    private KeptBuilding newerStored(String id, KeptBuilding held) {
        return Documents.byId(documents, id).map(this::read)
                        .filter(stored -> held == null || stored.version() > held.version()).orElse(held);
    }

    private void store(Map<String, Void> changed) {
        Date storedAt = new Date();
        Documents.replaceAll(documents, changed.keySet().stream().map(byId::get).filter(Objects::nonNull)
                                               .map(building -> document(building, storedAt)).toList());
        unsaved.removeAll(changed.keySet());
    }

    private Document document(KeptBuilding building, Date storedAt) {
        List<Document> events = new ArrayList<>();
        for (BuildingEvent event : building.events()) {
            try {
                events.add(new Document("type", event.getClass().getSimpleName())
                                   .append("event", json.writeValueAsString(event)));
            } catch (JsonProcessingException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }
        return new Document("_id", building.buildingId()).append("version", building.version())
                                                         .append("events", events).append(STORED_AT, storedAt);
    }

    private KeptBuilding read(Document document) {
        List<BuildingEvent> events = new ArrayList<>();
        for (Document event : document.getList("events", Document.class)) {
            Class<?> type = EVENT_TYPES.get(event.getString("type"));
            if (type == null) {
                throw new IllegalStateException("Unknown building event " + event.getString("type")
                                                + ": rebuild the read models");
            }
            try {
                events.add((BuildingEvent) json.readValue(event.getString("event"), type));
            } catch (JsonProcessingException corrupt) {
                throw new UncheckedIOException(corrupt);
            }
        }
        return new KeptBuilding(document.getString("_id"), events, document.getLong("version"));
    }
}
