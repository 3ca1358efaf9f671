package org.zhaoshang.crm.supervision.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.zhaoshang.crm.projection.ChangedInBatch;
import org.zhaoshang.crm.projection.Documents;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Projections.include;

/**
 * One kind of {@link Marks} in memory, by aggregate, and in a collection, one document per aggregate, stored once per
 * batch of events; with the leads each aggregate concerns, so that a lead's key projects, problems and projects are
 * found without a scan.
 */
final class KeptMarks<T extends Marks> {

    /** When a node stored the document; the read models' checksum leaves this field out. */
    static final String STORED_AT = "storedAt";
    /** How far before the last look to read again: the nodes' clocks and their batches' commits differ a little. */
    private static final Duration CLOCKS_AND_COMMITS = Duration.ofMinutes(1);

    private final MongoCollection<Document> documents;
    private final Class<T> type;
    private final ObjectMapper json;
    private final Map<String, T> byId = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> byLead = new ConcurrentHashMap<>();
    /** Aggregates this node changed and has not stored yet: what other nodes stored must not replace them. */
    private final Set<String> unsaved = ConcurrentHashMap.newKeySet();
    private final ChangedInBatch<String, Void> changes = new ChangedInBatch<>(this::store);

    KeptMarks(MongoDatabase database, String collection, Class<T> type, ObjectMapper json) {
        this.documents = database.getCollection(collection);
        this.type = type;
        this.json = json;
    }

    T get(String id) {
        return byId.get(id);
    }

    Collection<T> all() {
        return byId.values();
    }

    /** The marks of the lead's aggregates of this kind. */
    Collection<T> ofLead(String leadId) {
        return byLead.getOrDefault(leadId, Set.of()).stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Applies an event of version {@code version} to the aggregate's marks: {@code change} gets the marks (null before
     * the first event) and answers them changed, or null when the event changes nothing kept. An event the marks
     * already contain is passed over (but the marks are stored again: a retried batch). When an earlier event is
     * missing (another node applied it), the marks are first read from their document.
     */
    void apply(String id, long version, boolean contiguous, UnaryOperator<T> change) {
        T held = byId.get(id);
        if (contiguous && version > 0 && (held == null || version > held.version() + 1)) {
            held = newerStored(id, held);
        }
        if (held != null && held.version() >= version) {
            changed(id);
            return;
        }
        T changed = change.apply(held);
        if (changed != null) {
            put(changed);
            changed(id);
        }
    }

    private void put(T marks) {
        byId.put(marks.id(), marks);
        byLead.computeIfAbsent(marks.leadId(), lead -> ConcurrentHashMap.newKeySet()).add(marks.id());
    }

    private void changed(String id) {
        if (byId.containsKey(id)) {
            unsaved.add(id);
            changes.changed(id, () -> null);
        }
    }

    private T newerStored(String id, T held) {
        return Documents.byId(documents, id).map(this::read)
                        .filter(stored -> held == null || stored.version() > held.version()).orElse(held);
    }

    /** Every document into memory. */
    void load() {
        Documents.forEach(documents, document -> put(read(document)));
    }

    /** Replaces the aggregate's marks with its document; the version stored, -1 when there is none. */
    long reload(String id) {
        return Documents.byId(documents, id).map(this::read).map(stored -> {
            put(stored);
            return stored.version();
        }).orElse(-1L);
    }

    /** The aggregates stored since then (by any node), with their versions. */
    Map<String, Long> storedSince(Instant since) {
        Map<String, Long> stored = new HashMap<>();
        documents.find(gte(STORED_AT, Date.from(since))).projection(include("version"))
                 .forEach(document -> stored.put(document.getString("_id"), document.getLong("version")));
        return stored;
    }

    /** Takes in what was stored since then (by any node) that is newer than, or as new as, what this node holds. */
    void reloadStoredSince(Instant since) {
        documents.find(gte(STORED_AT, Date.from(since.minus(CLOCKS_AND_COMMITS)))).forEach(document -> {
            T stored = read(document);
            T held = byId.get(stored.id());
            if (!unsaved.contains(stored.id()) && (held == null || held.version() <= stored.version())) {
                put(stored);
            }
        });
    }

    void clear() {
        documents.drop();
        byId.clear();
        byLead.clear();
        unsaved.clear();
    }

    /** Stores the aggregates a batch changed, as they are now. */
    private void store(Map<String, Void> changed) {
        Date storedAt = new Date();
        Documents.replaceAll(documents, changed.keySet().stream().map(byId::get).filter(Objects::nonNull)
                                               .map(marks -> document(marks, storedAt)).toList());
        unsaved.removeAll(changed.keySet());
    }

    private Document document(T marks, Date storedAt) {
        try {
            return new Document("_id", marks.id()).append("leadId", marks.leadId())
                                                  .append("version", marks.version())
                                                  .append("marks", json.writeValueAsString(marks))
                                                  .append(STORED_AT, storedAt);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private T read(Document document) {
        try {
            return json.readValue(document.getString("marks"), type);
        } catch (JsonProcessingException corrupt) {
            throw new UncheckedIOException(corrupt);
        }
    }
}
