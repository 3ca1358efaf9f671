package org.zhaoshang.crm.notification.inbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.Inbox;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user's inbox: their stored notifications that go to the inbox, newest first, and their read marks. Every method
 * takes the user it is for and touches only that user's documents: the callers pass the signed-in user.
 */
@Component
public class InboxStore {

    public static final int MAX_LIMIT = 200;
    public static final int MAX_OFFSET = 100_000;
    public static final int MAX_IDS = 500;

    private final MongoCollection<Document> notifications;
    private final Clock clock;

    public InboxStore(MongoDatabase database, Clock clock) {
        this.notifications = database.getCollection(StoredNotifications.COLLECTION);
        this.clock = clock;
    }

    public Inbox page(String username, boolean unreadOnly, int offset, int limit) {
        new Violations().between("offset", offset, 0, MAX_OFFSET).between("limit", limit, 1, MAX_LIMIT)
                        .throwIfAny();
        List<Inbox.Item> items = new ArrayList<>();
        notifications.find(unreadOnly ? unread(username) : inboxOf(username))
                     .sort(Sorts.orderBy(Sorts.descending(StoredNotifications.AT), Sorts.descending("_id")))
                     .skip(offset).limit(limit).forEach(stored -> items.add(item(stored)));
        return new Inbox(unreadCount(username), notifications.countDocuments(inboxOf(username)), items);
    }

    public long unreadCount(String username) {
        return notifications.countDocuments(unread(username));
    }

    /**
     * Marks the user's notifications of these ids read; an id that is not one of theirs (another's, or none) is not
     * found, and then nothing is marked.
     */
    public void markRead(String username, Collection<String> ids) {
        new Violations().required("ids", ids).throwIfAny();
        new Violations().check(ids.size() <= MAX_IDS, "ids", "too-many", "at most " + MAX_IDS + " ids at once")
                        .check(ids.stream().allMatch(id -> id != null && id.length() <= 300), "ids", "invalid",
                               "each id is a notification's id")
                        .throwIfAny();
        Set<String> distinct = new TreeSet<>(ids);
        Bson theirs = Filters.and(Filters.in("_id", distinct), inboxOf(username));
        if (notifications.countDocuments(theirs) != distinct.size()) {
            throw new NotFoundException("No such notification in your inbox");
        }
        notifications.updateMany(Filters.and(theirs, Filters.eq(StoredNotifications.READ_AT, null)),
                                 Updates.set(StoredNotifications.READ_AT, Date.from(clock.instant())));
    }

    public void markAllRead(String username) {
        notifications.updateMany(unread(username), Updates.set(StoredNotifications.READ_AT,
                                                                  Date.from(clock.instant())));
    }

    private static Bson inboxOf(String username) {
        return Filters.and(Filters.eq(StoredNotifications.RECIPIENT, username),
                           Filters.eq(StoredNotifications.IN_APP, true));
    }

    private static Bson unread(String username) {
        return Filters.and(inboxOf(username), Filters.eq(StoredNotifications.READ_AT, null));
    }

    private static Inbox.Item item(Document stored) {
        Map<String, String> params = new LinkedHashMap<>();
        stored.get(StoredNotifications.PARAMS, new Document())
              .forEach((name, value) -> params.put(name, String.valueOf(value)));
        Date readAt = stored.getDate(StoredNotifications.READ_AT);
        return new Inbox.Item(stored.getString("_id"), NotificationKind.valueOf(stored.getString(
                StoredNotifications.KIND)), stored.getString(StoredNotifications.LINK), params,
                              stored.getDate(StoredNotifications.AT).toInstant(),
                              readAt == null ? null : readAt.toInstant());
    }
}
