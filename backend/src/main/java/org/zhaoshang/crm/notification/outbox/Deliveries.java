package org.zhaoshang.crm.notification.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.inbox.DeliveryChannel;
import org.zhaoshang.crm.notification.inbox.DeliveryStatus;
import org.zhaoshang.crm.notification.inbox.StoredNotifications;
import org.zhaoshang.crm.shared.api.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static org.zhaoshang.crm.notification.inbox.StoredNotifications.field;

/**
 * The deliveries of the stored notifications, as the outbox works them. A delivery is claimed by moving its due time
 * a lease ahead and writing the claim's token, in one atomic update: another sender (another thread, another node)
 * no longer finds it due, and takes it over only when the lease lapsed. Results are written only while the claim is
 * still the sender's.
 */
@Component
public class Deliveries {

    private final MongoCollection<Document> notifications;

    public Deliveries(MongoDatabase database) {
        this.notifications = database.getCollection(StoredNotifications.COLLECTION);
    }

    /** Claims one due delivery of these channels, or none when none is due. */
    Optional<Document> claim(List<DeliveryChannel> channels, Instant now, Duration lease, String token) {
        return Optional.ofNullable(notifications.findOneAndUpdate(
                Filters.and(due(now), Filters.in(field(StoredNotifications.CHANNEL),
                                                 channels.stream().map(Enum::name).toList())),
                claimed(now, lease, token), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    /** The users whose digest lines are due. */
    List<String> digestRecipientsDue(Instant now) {
        TreeSet<String> recipients = new TreeSet<>();
        notifications.find(Filters.and(due(now), Filters.eq(field(StoredNotifications.CHANNEL),
                                                            DeliveryChannel.DIGEST.name())))
                     .projection(new Document(StoredNotifications.RECIPIENT, 1))
                     .forEach(line -> recipients.add(line.getString(StoredNotifications.RECIPIENT)));
        return new ArrayList<>(recipients);
    }

    /** Claims every due digest line of the user, oldest first. */
    List<Document> claimDigest(String username, Instant now, Duration lease, String token) {
        notifications.updateMany(Filters.and(due(now), Filters.eq(StoredNotifications.RECIPIENT, username),
                                             Filters.eq(field(StoredNotifications.CHANNEL),
                                                        DeliveryChannel.DIGEST.name())),
                                 claimed(now, lease, token));
        return notifications.find(Filters.and(Filters.eq(StoredNotifications.RECIPIENT, username),
                                              Filters.eq(field(StoredNotifications.CLAIM), token)))
                            .sort(Sorts.ascending(StoredNotifications.AT)).into(new ArrayList<>());
    }

    void sent(Document claimed, Instant now) {
        notifications.updateOne(stillClaimed(claimed), Updates.combine(
                Updates.set(field(StoredNotifications.STATUS), DeliveryStatus.SENT.name()),
                Updates.set(field(StoredNotifications.SENT_AT), Date.from(now)),
                Updates.inc(field(StoredNotifications.ATTEMPTS), 1),
                Updates.unset(field(StoredNotifications.DUE)), Updates.unset(field(StoredNotifications.CLAIM))));
    }

    /** Records a failed attempt: due again at {@code retryAt}, or given up (FAILED) when that is null. */
    void failed(Document claimed, String error, Instant now, Instant retryAt) {
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.inc(field(StoredNotifications.ATTEMPTS), 1),
                Updates.set(field(StoredNotifications.LAST_ERROR), error),
                Updates.unset(field(StoredNotifications.CLAIM))));
        if (retryAt == null) {
            changes.add(Updates.set(field(StoredNotifications.STATUS), DeliveryStatus.FAILED.name()));
            changes.add(Updates.set(field(StoredNotifications.FAILED_AT), Date.from(now)));
            changes.add(Updates.unset(field(StoredNotifications.DUE)));
        } else {
            changes.add(Updates.set(field(StoredNotifications.DUE), Date.from(retryAt)));
        }
        notifications.updateOne(stillClaimed(claimed), Updates.combine(changes));
    }

    static int attempts(Document claimed) {
        return claimed.get(StoredNotifications.DELIVERY, Document.class).getInteger(StoredNotifications.ATTEMPTS, 0);
    }

    /** The deliveries given up, the latest first, at most {@code limit}. */
    public List<DeliveryFailure> failures(int limit) {
        List<DeliveryFailure> failures = new ArrayList<>();
        notifications.find(Filters.eq(field(StoredNotifications.STATUS), DeliveryStatus.FAILED.name()))
                     .sort(Sorts.descending(field(StoredNotifications.FAILED_AT))).limit(limit)
                     .forEach(stored -> failures.add(failure(stored)));
        return failures;
    }

    /** Makes a given-up delivery due again now, with its attempts counted from naught. */
    public void retry(String id, Instant now) {
        long matched = notifications.updateOne(
                Filters.and(Filters.eq("_id", id),
                            Filters.eq(field(StoredNotifications.STATUS), DeliveryStatus.FAILED.name())),
                Updates.combine(Updates.set(field(StoredNotifications.STATUS), DeliveryStatus.PENDING.name()),
                                Updates.set(field(StoredNotifications.ATTEMPTS), 0),
                                Updates.set(field(StoredNotifications.DUE), Date.from(now)),
                                Updates.unset(field(StoredNotifications.FAILED_AT)))).getMatchedCount();
        if (matched == 0) {
            throw new NotFoundException("No failed delivery " + id);
        }
    }

    public OutboxCounts counts(Instant now) {
        Bson pending = Filters.eq(field(StoredNotifications.STATUS), DeliveryStatus.PENDING.name());
        Document oldest = notifications.find(pending).sort(Sorts.ascending(field(StoredNotifications.POSTED_AT)))
                                       .limit(1).first();
        Duration age = oldest == null ? Duration.ZERO : Duration.between(
                oldest.get(StoredNotifications.DELIVERY, Document.class)
                      .getDate(StoredNotifications.POSTED_AT).toInstant(), now);
        return new OutboxCounts(notifications.countDocuments(pending), notifications.countDocuments(
                Filters.eq(field(StoredNotifications.STATUS), DeliveryStatus.FAILED.name())),
                                age.isNegative() ? Duration.ZERO : age);
    }

    private static Bson due(Instant now) {
        return Filters.and(Filters.eq(field(StoredNotifications.STATUS), DeliveryStatus.PENDING.name()),
                           Filters.lte(field(StoredNotifications.DUE), Date.from(now)));
    }

    private static Bson claimed(Instant now, Duration lease, String token) {
        return Updates.combine(Updates.set(field(StoredNotifications.DUE), Date.from(now.plus(lease))),
                               Updates.set(field(StoredNotifications.CLAIM), token));
    }

    private static Bson stillClaimed(Document claimed) {
        return Filters.and(Filters.eq("_id", claimed.get("_id")), Filters.eq(
                field(StoredNotifications.CLAIM), claimed.get(StoredNotifications.DELIVERY, Document.class)
                                                         .getString(StoredNotifications.CLAIM)));
    }

    private static DeliveryFailure failure(Document stored) {
        Document delivery = stored.get(StoredNotifications.DELIVERY, Document.class);
        Date failedAt = delivery.getDate(StoredNotifications.FAILED_AT);
        return new DeliveryFailure(stored.getString("_id"), StoredNotifications.recipientOf(stored),
                                   NotificationKind.valueOf(stored.getString(StoredNotifications.KIND)),
                                   DeliveryChannel.valueOf(delivery.getString(StoredNotifications.CHANNEL)),
                                   delivery.getInteger(StoredNotifications.ATTEMPTS, 0),
                                   delivery.getString(StoredNotifications.LAST_ERROR),
                                   stored.getDate(StoredNotifications.AT).toInstant(),
                                   failedAt == null ? null : failedAt.toInstant());
    }
}
