package org.zhaoshang.crm.notification.inbox;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.FindNotificationSettingsQuery;
import org.zhaoshang.crm.notification.api.NotificationSettings;

/** The settings as their read model answers {@link FindNotificationSettingsQuery}. */
@Component
class QueriedSettings implements RecipientSettings {

    private final QueryGateway queries;

    QueriedSettings(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public NotificationSettings of(String username) {
        // asked as the application: a notice posted on a user's thread reads every recipient's settings, not theirs
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            NotificationSettings settings = queries.query(new FindNotificationSettingsQuery(username),
                                                          NotificationSettings.class).join();
            return settings != null ? settings : NotificationSettings.defaults(username);
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }
}
