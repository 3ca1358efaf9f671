package org.zhaoshang.crm.notification.inbox;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.FindInboxQuery;
import org.zhaoshang.crm.notification.api.Inbox;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;

/** Answers a user's inbox to that user alone (an administrator included: they never read another's). */
@Component
class InboxQueryHandler {

    private final InboxStore inbox;

    InboxQueryHandler(InboxStore inbox) {
        this.inbox = inbox;
    }

    @QueryHandler
    Inbox handle(FindInboxQuery query, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        if (!caller.system() && !caller.id().equals(query.username())) {
            throw new NotPermittedException("Each user reads only their own inbox");
        }
        return inbox.page(query.username(), query.unreadOnly(), query.offset(), query.limit());
    }
}
