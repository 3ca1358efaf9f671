package org.zhaoshang.crm.notification.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A page of a user's inbox and how many are unread in all. */
public record Inbox(long unread, long total, List<Item> items) {

    /**
     * One notification; its words come from {@code kind} and {@code params} in the reader's language.
     *
     * @param readAt when it was marked read, or null while unread
     */
    public record Item(String id, NotificationKind kind, String link, Map<String, String> params, Instant at,
                       Instant readAt) {
    }
}
