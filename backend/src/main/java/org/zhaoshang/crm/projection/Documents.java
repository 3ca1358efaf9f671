package org.zhaoshang.crm.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;

/** Bulk writes of read-model documents. */
public final class Documents {

    private Documents() {
    }

    private static final int LOAD_BATCH = 1_000;

    /**
     * Every document of a collection, read in batches: the embedded server otherwise answers a whole collection in
     * one reply, which the driver refuses above 48 MB (a lead list of 100,000 leads is larger).
     */
    public static void forEach(MongoCollection<Document> collection, Consumer<Document> action) {
        collection.find().batchSize(LOAD_BATCH).forEach(action);
    }

    /** The document with this {@code _id}, if there is one. */
    public static Optional<Document> byId(MongoCollection<Document> collection, String id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first());
    }

    /** Stores each document (by its {@code _id}) in place of the one there, in one round trip. */
    public static void replaceAll(MongoCollection<Document> collection, Collection<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = documents.stream().<WriteModel<Document>>map(
                document -> new ReplaceOneModel<>(eq("_id", document.get("_id")), document,
                                                  new ReplaceOptions().upsert(true))).toList();
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }
}
