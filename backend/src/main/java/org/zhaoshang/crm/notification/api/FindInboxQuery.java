package org.zhaoshang.crm.notification.api;

/** A user's inbox, newest first, a page of at most {@code limit} (1–200) from {@code offset}. Answers {@link Inbox}. */
public record FindInboxQuery(String username, boolean unreadOnly, int offset, int limit) {
}
