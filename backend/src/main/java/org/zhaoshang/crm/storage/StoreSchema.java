package org.zhaoshang.crm.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.mongodb.client.model.Filters.eq;

/**
 * The version of the store's layout (collections, documents, event shapes the upcasters know), kept in the store
 * itself. Start-up records it in a new store, raises it in an older one, and refuses a store written by a newer
 * version of the application, which this one might misread or damage. Checked before any event processor starts.
 */
@Component
public class StoreSchema implements SmartInitializingSingleton {

    /**
     * Raise it whenever a change needs a newer application to read the store; say what changed in docs/operations.md (Upgrades).
     * 2: contacts' names split in two (contact events of revision 2, which layout 1 would read without a name).
     * 3: a correction may hide or show an activity (ActivityCorrectedEvent revision 2, whose flag layout 2 would
     * ignore, showing ambassadors what was made internal).
     * 4: the projects' index one document per fact (project_pending, project_returned, project_signings) instead of
     * single documents that grew with the store; layout 3 would read an empty inbox and no signings.
     */
    public static final int CURRENT = 4;
    static final String COLLECTION = "store_meta";
    private static final Logger log = LoggerFactory.getLogger(StoreSchema.class);

    private final MongoCollection<Document> meta;

    public StoreSchema(MongoDatabase database) {
        this.meta = database.getCollection(COLLECTION);
    }

    @Override
    public void afterSingletonsInstantiated() {
        check(CURRENT);
    }

    /** @throws StoreTooNewException when the store was written by a newer layout than {@code known} */
    void check(int known) {
        Document stored = meta.find(eq("_id", "schema")).first();
        int version = stored == null ? 0 : stored.getInteger("version", 0);
        if (version > known) {
            throw new StoreTooNewException(version, known);
        }
        if (version < known) {
            meta.replaceOne(eq("_id", "schema"), new Document("_id", "schema").append("version", known)
                                                                              .append("since", Instant.now()),
                            new ReplaceOptions().upsert(true));
            log.info(version == 0 ? "Store layout version {} recorded in a store without one"
                                  : "Store layout raised from version " + version + " to {}", known);
        }
    }

    /** The store needs a newer application: starting would risk misreading or damaging it. */
    public static class StoreTooNewException extends IllegalStateException {

        StoreTooNewException(int stored, int known) {
            super("This store was written by a newer version of Zhaoshang CRM (store layout " + stored
                  + "); this application knows layouts up to " + known + ". Start the newer version, or restore "
                  + "a backup taken with this version. Nothing was changed.");
        }
    }
}
