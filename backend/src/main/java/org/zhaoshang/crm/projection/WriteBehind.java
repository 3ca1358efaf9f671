package org.zhaoshang.crm.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;

/**
 * Writes the documents a batch of events changed with one bulk write when the batch's unit of work commits, instead
 * of one round trip per event: a rebuild of a read model costs a write per document per batch. A document saved
 * twice in a batch is written once, as it was last saved. Outside a unit of work each save is written at once.
 * The documents are written before the batch's token ({@link WritesFirstTokenStore}): a crash between the two
 * replays the batch, never skips it.
 */
public final class WriteBehind {

    private static final Document DELETED = new Document();
    private static final String FLUSHES = WriteBehind.class.getName() + "/flushes";

    private final MongoCollection<Document> collection;
    private final String resourceKey;

    public WriteBehind(MongoCollection<Document> collection) {
        this.collection = collection;
        this.resourceKey = WriteBehind.class.getName() + "/" + collection.getNamespace().getFullName();
    }

    /** Stores this document (by its {@code _id}) in place of the one there. */
    public void save(Document document) {
        write(document.get("_id"), document);
    }

    public void delete(Object id) {
        write(id, DELETED);
    }

    private void write(Object id, Document document) {
        Map<Object, Document> documents = CurrentUnitOfWork.isStarted() ? pending() : new LinkedHashMap<>();
        documents.put(id, document);
        if (!CurrentUnitOfWork.isStarted()) {
            flush(documents);
        }
    }

    private Map<Object, Document> pending() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<Object, Document> documents = unitOfWork.getResource(resourceKey);
        if (documents == null) {
            Map<Object, Document> created = new LinkedHashMap<>();
            unitOfWork.resources().put(resourceKey, created);
            unitOfWork.<List<Runnable>>getOrComputeResource(FLUSHES, any -> new ArrayList<>())
                      .add(() -> flush(created));
            unitOfWork.onPrepareCommit(committing -> flush(created));
            documents = created;
        }
        return documents;
    }

    /** Writes what the current unit of work's handlers saved so far, in every collection. */
    static void flushPending() {
        if (CurrentUnitOfWork.isStarted()) {
            List<Runnable> flushes = CurrentUnitOfWork.get().root().getResource(FLUSHES);
            if (flushes != null) {
                flushes.forEach(Runnable::run);
            }
        }
    }

    private void flush(Map<Object, Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(documents.size());
        documents.forEach((id, document) -> writes.add(
                document == DELETED ? new DeleteOneModel<>(eq("_id", id))
                                    : new ReplaceOneModel<>(eq("_id", id), document,
                                                            new ReplaceOptions().upsert(true))));
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        documents.clear();
    }
}
