package org.zhaoshang.crm.backup;

import com.mongodb.client.MongoDatabase;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.zhaoshang.crm.lead.query.LeadSummaryProjection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checksum of the read models that does not depend on the order of documents in a collection nor of fields in a
 * document: the same read models built live and rebuilt from a restored log have the same checksum. Every field
 * counts but {@code storedAt}, the time a node stored the document (it says when, not what): a rebuild writes the
 * same documents as the live run (the projections take every value from the events).
 *
 * @param collections per read-model collection, its documents and checksum
 * @param total       one checksum over all of them
 */
public record ReadModelChecksum(Map<String, CollectionChecksum> collections, String total) {

    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED)
                                                                          .build();
    private static final int BATCH = 1_000;

    public static ReadModelChecksum of(MongoDatabase database) {
        Map<String, CollectionChecksum> collections = new LinkedHashMap<>();
        MessageDigest total = DocumentFile.sha256();
        for (String collection : StoreCollections.READ_MODELS) {
            CollectionChecksum checksum = of(database, collection);
            collections.put(collection, checksum);
            total.update((collection + ' ' + checksum.documents() + ' ' + checksum.sha256() + '\n')
                                 .getBytes(StandardCharsets.UTF_8));
        }
        return new ReadModelChecksum(collections, HexFormat.of().formatHex(total.digest()));
    }

    private static CollectionChecksum of(MongoDatabase database, String collection) {
        List<String> digests = new ArrayList<>();
        for (BsonDocument document : database.getCollection(collection, BsonDocument.class).find().batchSize(BATCH)) {
            document.remove(LeadSummaryProjection.STORED_AT);
            digests.add(digest(canonical(document).asDocument().toJson(CANONICAL)));
        }
        digests.sort(null);
        return new CollectionChecksum(digests.size(), digest(String.join("\n", digests)));
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(DocumentFile.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The value with the fields of every document in name order; arrays keep their order, which means something. */
    private static BsonValue canonical(BsonValue value) {
        if (value.isDocument()) {
            BsonDocument sorted = new BsonDocument();
            value.asDocument().keySet().stream().sorted()
                 .forEach(key -> sorted.put(key, canonical(value.asDocument().get(key))));
            return sorted;
        }
        if (value.isArray()) {
            BsonArray array = new BsonArray();
            value.asArray().forEach(element -> array.add(canonical(element)));
            return array;
        }
        return value;
    }

    /** @param sha256 over the sorted checksums of its documents */
    public record CollectionChecksum(long documents, String sha256) {
    }
}
