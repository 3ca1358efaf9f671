package org.zhaoshang.crm.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * mongo-java-server's H2 backend with storage types of our own for index keys ({@link KeyValueType}) and documents
 * ({@link DocumentType}) in place of H2's Java serialization. Maps keep H2Database's names; their encoding is this
 * class's, so a store file written by it must be opened by it.
 */
final class H2BackendWithoutJavaSerialization extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
                                                     "drop", "dropdatabase");

    private final boolean commitEachWrite;
    private final MvStoreGroupCommit groupCommit = new MvStoreGroupCommit(this);

    /**
     * @param commitEachWrite whether every write is committed to the file before it is answered: needed when the
     *                        store runs as a process of its own, whose clients cannot ask it to
     */
    H2BackendWithoutJavaSerialization(MVStore store, boolean commitEachWrite) {
        super(store);
        this.commitEachWrite = commitEachWrite;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document answer = super.handleMessage(message);
        String command = message.getDocument().keySet().iterator().next();
        if (commitEachWrite && WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            groupCommit.makeDurable();
        }
        return answer;
    }

    MvStoreGroupCommit groupCommit() {
        return groupCommit;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** Inner, not static: H2Database opens the existing indexes from its constructor, which needs our store. */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore().openMap(
                    "databases." + namespace, new MVMap.Builder<Object, Document>().valueType(DocumentType.INSTANCE));
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new H2Collection(this, collectionName, options, documents, meta, cursorRegistry) {
                /**
                 * An update that keeps the document's size (the event counter's {@code $inc}) would write the same
                 * size again, one more page for the next commit to store.
                 */
                @Override
                protected void updateDataSize(int sizeDelta) {
                    if (sizeDelta != 0) {
                        super.updateDataSize(sizeDelta);
                    }
                }
            };
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVMap<KeyValue, Object> map = getMvStore().openMap(
                    getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
            return new MvMapUniqueIndex(map, indexName, keys, sparse);
        }
    }
}
