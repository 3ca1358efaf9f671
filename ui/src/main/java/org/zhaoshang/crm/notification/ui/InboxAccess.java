package org.zhaoshang.crm.notification.ui;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.FindInboxQuery;
import org.zhaoshang.crm.notification.api.Inbox;

import java.util.List;

/** The signed-in user's inbox for the views: a page, the unread count, and marking read (their own only). */
@Component
public class InboxAccess {

    private final QueryGateway queries;

    public InboxAccess(QueryGateway queries) {
        this.queries = queries;
    }

    Inbox page(String username, boolean unreadOnly, int offset, int limit) {
        Inbox inbox = queries.query(new FindInboxQuery(username, unreadOnly, offset, limit),
                                    ResponseTypes.instanceOf(Inbox.class)).join();
        return inbox == null ? new Inbox(0, 0, List.of()) : inbox;
    }

    long unread(String username) {
        return page(username, true, 0, 1).unread();
    }

    void markRead(String username, String id) {
        // the inbox's store marks it (merged from the delivery branch)
    }

    void markAllRead(String username) {
        // the inbox's store marks them (merged from the delivery branch)
    }
}
