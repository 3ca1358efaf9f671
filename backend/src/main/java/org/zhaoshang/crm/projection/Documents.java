package org.zhaoshang.crm.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.Collection;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/** Bulk writes of read-model documents. */
public final class Documents {

    private Documents() {
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
