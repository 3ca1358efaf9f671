package org.zhaoshang.crm.backup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.zhaoshang.crm.eventstore.EventLog;
import org.zhaoshang.crm.storage.StoreSchema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Restores a backup into an empty store: the events under their global indexes with the index counter after the
 * last one, so that new appends follow G; the collections of state as they were; the token store's segments with
 * every token reset, so that the projections rebuild every read model from the restored log when the application
 * starts (a token kept from the backup could stand past G and make the projections skip the events appended after
 * the restore under the same indexes). Everything is checked before anything is written.
 */
public final class Restore {

    private static final int BATCH = 1_000;
    /** A batch also ends at this many bytes: a thousand documents' chunks would be 255 MB. */
    private static final long BATCH_BYTES = 16L * 1024 * 1024;
    /** The token store's own entry (its storage identifier), which holds no position. */
    private static final String TOKEN_STORE_CONFIG = "__config";

    private final MongoDatabase database;

    public Restore(MongoDatabase database) {
        this.database = database;
    }

    public Manifest from(Path directory) {
        Manifest manifest = Manifest.read(directory);
        check(manifest, directory);
        requireEmpty();
        new EventLog(database).createSchema(manifest.lastIndex() + 1);
        insert(directory, manifest.file(StoreCollections.EVENTS), UnaryOperator.identity());
        insert(directory, manifest.file(StoreCollections.TOKENS), Restore::withoutPosition);
        StoreCollections.COPIED.forEach(collection -> insert(directory, manifest.file(collection),
                                                             UnaryOperator.identity()));
        StoreCollections.COPIED_SINCE_LATER.forEach(collection -> manifest.optionalFile(collection).ifPresent(
                file -> insert(directory, file, UnaryOperator.identity())));
        StoreCollections.DOCUMENTS.forEach(collection -> manifest.optionalFile(collection).ifPresent(
                file -> insert(directory, file, UnaryOperator.identity())));
        return manifest;
    }

    private static void check(Manifest manifest, Path directory) {
        if (manifest.format() > Manifest.FORMAT) {
            throw new BackupRefusedException("This backup has format " + manifest.format() + "; this application "
                                             + "reads formats up to " + Manifest.FORMAT + ". Nothing was restored.");
        }
        if (manifest.storeLayout() > StoreSchema.CURRENT) {
            throw new BackupRefusedException("This backup was taken from a store of layout " + manifest.storeLayout()
                                             + "; this application knows layouts up to " + StoreSchema.CURRENT
                                             + ". Restore it with the newer version. Nothing was restored.");
        }
        Stream.concat(Stream.of(StoreCollections.EVENTS, StoreCollections.TOKENS), StoreCollections.COPIED.stream())
              .forEach(manifest::file);
        for (BackupFile file : manifest.files()) {
            Path path = directory.resolve(file.name());
            if (!Files.isRegularFile(path)) {
                throw new BackupRefusedException("The backup is incomplete: " + path + " is missing. Nothing was "
                                                 + "restored.");
            }
            if (!DocumentFile.sha256(path).equals(file.sha256())) {
                throw new BackupRefusedException("The backup is damaged: " + path + " does not match its checksum "
                                                 + "in the manifest. Nothing was restored.");
            }
        }
    }

    private void requireEmpty() {
        for (String collection : database.listCollectionNames()) {
            if (database.getCollection(collection).find().first() != null) {
                throw new BackupRefusedException("The target store is not empty (collection '" + collection + "' has "
                                                 + "documents): restore only into an empty store, with the "
                                                 + "application stopped. Nothing was changed.");
            }
        }
    }

    private void insert(Path directory, BackupFile file, UnaryOperator<RawBsonDocument> change) {
        MongoCollection<RawBsonDocument> collection = database.getCollection(file.collection(), RawBsonDocument.class);
        List<RawBsonDocument> batch = new ArrayList<>(BATCH);
        long[] inserted = {0};
        long[] batchBytes = {0};
        DocumentFile.forEach(directory.resolve(file.name()), document -> {
            RawBsonDocument changed = change.apply(document);
            batch.add(changed);
            batchBytes[0] += changed.getByteBuffer().remaining();
            if (batch.size() == BATCH || batchBytes[0] >= BATCH_BYTES) {
                inserted[0] += flush(collection, batch);
                batchBytes[0] = 0;
            }
        });
        inserted[0] += flush(collection, batch);
        if (inserted[0] != file.documents()) {
            throw new BackupRefusedException(file.name() + " held " + inserted[0] + " documents, the manifest says "
                                             + file.documents() + ". The store is incomplete: empty it before you "
                                             + "restore again.");
        }
    }

    private static int flush(MongoCollection<RawBsonDocument> collection, List<RawBsonDocument> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        collection.insertMany(batch);
        int count = batch.size();
        batch.clear();
        return count;
    }

    /** A segment as Axon's MongoTokenStore initialises it: no position (start from the first event), unclaimed. */
    private static RawBsonDocument withoutPosition(RawBsonDocument token) {
        if (TOKEN_STORE_CONFIG.equals(token.getString("processorName").getValue())) {
            return token;
        }
        BsonDocument reset = token.decode(new BsonDocumentCodec());
        reset.put("token", BsonNull.VALUE);
        reset.put("tokenType", BsonNull.VALUE);
        reset.put("owner", BsonNull.VALUE);
        return new RawBsonDocument(reset, new BsonDocumentCodec());
    }
}
