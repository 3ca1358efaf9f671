package org.zhaoshang.crm.notification.inbox;

import org.bson.Document;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a document of the collection {@value #COLLECTION}: a notice as one recipient (a user, or a group
 * robot) gets it, keyed {@code <reason>|<username>} or {@code <reason>|webhook:<id>}. Its {@value #DELIVERY} is the
 * one message to send (an e-mail, a digest's line, a robot's message), absent when the notice stays in the inbox.
 * Not a read model: nothing rebuilds it; backups copy it as it is.
 */
public final class StoredNotifications {

    public static final String COLLECTION = "notifications";
    public static final String REASON = "reason";
    public static final String KIND = "kind";
    public static final String LINK = "link";
    public static final String PARAMS = "params";
    public static final String AT = "at";
    public static final String DEPARTMENT = "department";
    public static final String MARKET = "market";
    /** the user's name; absent on a robot's document */
    public static final String RECIPIENT = "recipient";
    /** the robot's id; absent on a user's document */
    public static final String WEBHOOK = "webhook";
    /** in the recipient's inbox */
    public static final String IN_APP = "inApp";
    public static final String READ_AT = "readAt";
    public static final String DELIVERY = "delivery";
    public static final String CHANNEL = "channel";
    public static final String STATUS = "status";
    public static final String ATTEMPTS = "attempts";
    /** when the delivery is to be (tried) sent; while claimed, when the claim lapses; absent once done */
    public static final String DUE = "due";
    public static final String CLAIM = "claim";
    public static final String LAST_ERROR = "lastError";
    public static final String SENT_AT = "sentAt";
    public static final String POSTED_AT = "postedAt";
    public static final String FAILED_AT = "failedAt";
    /** the address and language of the recipient's settings when the notice was posted */
    public static final String ADDRESS = "address";
    public static final String LANGUAGE = "language";

    private StoredNotifications() {
    }

    public static String field(String deliveryField) {
        return DELIVERY + "." + deliveryField;
    }

    static String userId(Notice notice, String username) {
        return notice.reason() + "|" + username;
    }

    static String webhookId(Notice notice, String webhookId) {
        return notice.reason() + "|webhook:" + webhookId;
    }

    static Document of(String id, Notice notice) {
        Document params = new Document();
        new java.util.TreeMap<>(notice.params()).forEach(params::append);
        return new Document("_id", id).append(REASON, notice.reason()).append(KIND, notice.kind().name())
                                      .append(LINK, notice.link()).append(PARAMS, params)
                                      .append(AT, Date.from(notice.at())).append(DEPARTMENT, notice.department())
                                      .append(MARKET, notice.market() == null ? null : notice.market().name());
    }

    /** The notice a stored document was made of (for one recipient: its recipients are not kept). */
    public static Notice notice(Document stored) {
        Map<String, String> params = new LinkedHashMap<>();
        stored.get(PARAMS, new Document()).forEach((name, value) -> params.put(name, String.valueOf(value)));
        String market = stored.getString(MARKET);
        String recipient = stored.getString(RECIPIENT);
        return new Notice(stored.getString(REASON), NotificationKind.valueOf(stored.getString(KIND)),
                          stored.getString(LINK), params, stored.getDate(AT).toInstant(),
                          recipient == null ? Set.of() : Set.of(recipient), stored.getString(DEPARTMENT),
                          market == null ? null : SourceMarket.valueOf(market));
    }

    /** Who gets it: the user's name, or {@code webhook:<id>} for a group robot. */
    public static String recipientOf(Document stored) {
        String recipient = stored.getString(RECIPIENT);
        return recipient != null ? recipient : "webhook:" + stored.getString(WEBHOOK);
    }
}
