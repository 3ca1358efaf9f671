package org.zhaoshang.crm.notification.inbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.GroupWebhooks;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationChannel;
import org.zhaoshang.crm.notification.api.NotificationSettings;
import org.zhaoshang.crm.notification.api.Notices;
import org.zhaoshang.crm.notification.mail.NoticeMailer;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Stores a notice once per recipient, by the recipient's settings at this moment: in their inbox, and to be e-mailed
 * (alone, or in the day's digest) when e-mail is configured and they gave an address; and once per group robot that
 * takes it. Each document is inserted only if absent, so a notice posted again (a replay, a second node) adds nothing
 * and sends nothing.
 */
@Component
public class NoticeStore implements Notices {

    private final MongoCollection<Document> notifications;
    private final RecipientSettings settings;
    private final NoticeMailer mailer;
    private final ObjectProvider<GroupWebhooks> webhooks;
    private final DigestTime digest;
    private final Clock clock;

    public NoticeStore(MongoDatabase database, RecipientSettings settings, NoticeMailer mailer,
                         ObjectProvider<GroupWebhooks> webhooks, DigestTime digest, Clock clock) {
        this.notifications = database.getCollection(StoredNotifications.COLLECTION);
        this.settings = settings;
        this.mailer = mailer;
        this.webhooks = webhooks;
        this.digest = digest;
        this.clock = clock;
    }

    @Override
    public void post(Notice notice) {
        Instant now = clock.instant();
        for (String username : notice.recipients()) {
            if (!notifications.find(new Document("_id", StoredNotifications.userId(notice, username)))
                              .projection(new Document("_id", 1)).limit(1).into(new java.util.ArrayList<>())
                              .isEmpty()) {
                continue; // posted before: its recipient's settings are not even asked again
            }
            forUser(notice, username, settings.of(username), now);
        }
        GroupWebhooks robots = webhooks.getIfAvailable();
        if (robots != null) {
            for (String webhookId : robots.targetsFor(notice)) {
                insertIfAbsent(StoredNotifications.of(StoredNotifications.webhookId(notice, webhookId), notice)
                                                  .append(StoredNotifications.WEBHOOK, webhookId)
                                                  .append(StoredNotifications.IN_APP, false)
                                                  .append(StoredNotifications.DELIVERY,
                                                          pending(DeliveryChannel.WEBHOOK, now, now, null, null)));
            }
        }
    }

    private void forUser(Notice notice, String username, NotificationSettings wanted, Instant now) {
        boolean inApp = wanted.wants(notice.kind(), NotificationChannel.IN_APP);
        Document delivery = null;
        boolean mailable = mailer.configured() && wanted.email() != null && !wanted.email().isBlank();
        if (mailable && wanted.wants(notice.kind(), NotificationChannel.EMAIL)) {
            delivery = pending(DeliveryChannel.EMAIL, now, now, wanted.email(), wanted.language());
        } else if (mailable && wanted.wants(notice.kind(), NotificationChannel.DIGEST)) {
            delivery = pending(DeliveryChannel.DIGEST, digest.next(now), now, wanted.email(),
                               wanted.language());
        }
        if (!inApp && delivery == null) {
            return;
        }
        Document stored = StoredNotifications.of(StoredNotifications.userId(notice, username), notice)
                                             .append(StoredNotifications.RECIPIENT, username)
                                             .append(StoredNotifications.IN_APP, inApp)
                                             .append(StoredNotifications.READ_AT, null);
        insertIfAbsent(delivery == null ? stored : stored.append(StoredNotifications.DELIVERY, delivery));
    }

    private static Document pending(DeliveryChannel channel, Instant due, Instant now, String address,
                                    String language) {
        return new Document(StoredNotifications.CHANNEL, channel.name())
                .append(StoredNotifications.STATUS, DeliveryStatus.PENDING.name())
                .append(StoredNotifications.ATTEMPTS, 0).append(StoredNotifications.DUE, Date.from(due))
                .append(StoredNotifications.POSTED_AT, Date.from(now))
                .append(StoredNotifications.ADDRESS, address).append(StoredNotifications.LANGUAGE, language);
    }

    private void insertIfAbsent(Document stored) {
        try {
            notifications.insertOne(stored);
        } catch (MongoWriteException posted) {
            if (posted.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw posted;
            }
        }
    }
}
