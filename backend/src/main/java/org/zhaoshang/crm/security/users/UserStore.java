package org.zhaoshang.crm.security.users;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.zhaoshang.crm.storage.StoreAvailability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.eventstore.WriteDurability;
import org.zhaoshang.crm.storage.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The users, one document per user name, changed only if nobody changed them since they were read (by version).
 * Every read is by exact key; listing reads the whole collection, which stays small (a bureau's staff and partners).
 */
@Component
class UserStore {

    static final String USERS = "users";

    private final MongoCollection<Document> users;
    private final WriteDurability durability;
    private final StoreAvailability store;
    private final Map<String, StoredUser> lastRead = new ConcurrentHashMap<>();

    @Autowired
    UserStore(MongoDatabase database, Store store, StoreAvailability availability) {
        this(database, store.durability(), availability);
    }

    /** Writes survive a crash once {@code durability} returns (the embedded store commits then). */
    UserStore(MongoDatabase database, WriteDurability durability, StoreAvailability store) {
        this.users = database.getCollection(USERS);
        this.durability = durability;
        this.store = store;
    }

    /**
     * The user as stored; while the store cannot be reached, as last read, so that signed-in users can still read
     * what the application holds in memory (there is no changing a user during the outage either).
     */
    StoredUser find(String username) {
        if (username == null) {
            return null;
        }
        return store.readOr(() -> {
            Document document = users.find(eq("_id", username)).first();
            StoredUser user = document == null ? null : StoredUser.fromDocument(document);
            if (user == null) {
                lastRead.remove(username);
            } else {
                lastRead.put(username, user);
            }
            return user;
        }, () -> lastRead.get(username));
    }

    List<StoredUser> all() {
        List<StoredUser> all = new ArrayList<>();
        users.find().forEach(document -> all.add(StoredUser.fromDocument(document)));
        all.sort(java.util.Comparator.comparing(StoredUser::username));
        return all;
    }

    boolean isEmpty() {
        return users.find().first() == null;
    }

    /** Adds a new user; false when the user name is taken. */
    boolean insert(StoredUser user) {
        try {
            users.insertOne(user.toDocument());
            durability.makeDurable();
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Stores the changed user if the stored one is still at the version before it; false when it is not. */
    boolean replace(StoredUser changed) {
        boolean replaced = users.replaceOne(and(eq("_id", changed.username()), eq("version", changed.version() - 1)),
                                            changed.toDocument()).getMatchedCount() == 1;
        durability.makeDurable();
        return replaced;
    }
}
