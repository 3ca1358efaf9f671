package org.zhaoshang.crm.space.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.projection.Documents;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import static com.mongodb.client.model.Filters.eq;

/**
 * The read model in memory: the free space of every building and the candidate leads, each reloaded from its
 * collection only when its change token moved (one exact-key read per question otherwise). The token is read before
 * the documents and set after them, so a change made while loading is seen at the next question, on every node.
 */
@Component
class FreeSpaceIndex {

    private final MongoCollection<Document> buildings;
    private final MongoCollection<Document> leads;
    private final MongoCollection<Document> changes;
    private final ObjectMapper json;
    private final Cached<FreeSpace> space = new Cached<>();
    private final Cached<List<KeptLead>> candidates = new Cached<>();

    FreeSpaceIndex(MongoDatabase database, ObjectMapper json) {
        this.buildings = database.getCollection(SpaceMatchProjection.BUILDINGS);
        this.leads = database.getCollection(SpaceMatchProjection.LEADS);
        this.changes = database.getCollection(SpaceMatchProjection.CHANGES);
        this.json = json;
    }

    FreeSpace space() {
        return space.get(SpaceMatchProjection.token(changes, SpaceMatchProjection.BUILDINGS_CHANGED), () -> {
            List<MatchedBuilding> all = new ArrayList<>();
            Documents.forEach(buildings, document -> all.add(
                    read(document.getString(SpaceMatchProjection.BUILDING), MatchedBuilding.class)));
            return new FreeSpace(all);
        });
    }

    /** The leads open with a floor space need. */
    List<KeptLead> candidates() {
        return candidates.get(SpaceMatchProjection.token(changes, SpaceMatchProjection.LEADS_CHANGED), () -> {
            List<KeptLead> all = new ArrayList<>();
            leads.find(eq(SpaceMatchProjection.CANDIDATE, true)).batchSize(1_000).forEach(document -> all.add(
                    read(document.getString(SpaceMatchProjection.LEAD), KeptLead.class)));
            return List.copyOf(all);
        });
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException corrupt) {
            throw new UncheckedIOException(corrupt);
        }
    }

    /** A value loaded at a token. */
    private static final class Cached<T> {

        private volatile Loaded<T> loaded;

        T get(String token, Supplier<T> load) {
            Loaded<T> known = loaded;
            if (known != null && Objects.equals(known.token(), token)) {
                return known.value();
            }
            synchronized (this) {
                known = loaded;
                if (known == null || !Objects.equals(known.token(), token)) {
                    known = new Loaded<>(token, load.get());
                    loaded = known;
                }
                return known.value();
            }
        }
    }

    private record Loaded<T>(String token, T value) {
    }
}
