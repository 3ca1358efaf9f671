package org.zhaoshang.crm.notification.ui;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.FindInboxQuery;
import org.zhaoshang.crm.notification.api.Inbox;
import org.zhaoshang.crm.notification.inbox.InboxStore;

import java.util.List;

/**
 * The signed-in user's inbox for the views: a page (through the query, which gives each user their own only), the
 * unread count and marking read, always of the user the views name (the signed-in one).
 */
@Component
public class InboxAccess {

    private final QueryGateway queries;
    private final InboxStore store;

    public InboxAccess(QueryGateway queries, InboxStore store) {
        this.queries = queries;
        this.store = store;
    }

    Inbox page(String username, boolean unreadOnly, int offset, int limit) {
        Inbox inbox = queries.query(new FindInboxQuery(username, unreadOnly, offset, limit),
                                    ResponseTypes.instanceOf(Inbox.class)).join();
        return inbox == null ? new Inbox(0, 0, List.of()) : inbox;
    }

    long unread(String username) {
        return store.unreadCount(username);
    }

    void markRead(String username, String id) {
        store.markRead(username, List.of(id));
    }

    void markAllRead(String username) {
        store.markAllRead(username);
    }
}
