package org.zhaoshang.crm.notification.inbox;

import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.FindNotificationSettingsQuery;
import org.zhaoshang.crm.notification.api.NotificationSettings;

import java.util.concurrent.CompletionException;

/** The settings as their read model answers {@link FindNotificationSettingsQuery}. */
@Component
class QueriedSettings implements RecipientSettings {

    private final QueryGateway queries;

    QueriedSettings(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public NotificationSettings of(String username) {
        try {
            NotificationSettings settings = queries.query(new FindNotificationSettingsQuery(username),
                                                          NotificationSettings.class).join();
            return settings != null ? settings : NotificationSettings.defaults(username);
        } catch (NoHandlerForQueryException | CompletionException failed) {
            if (failed instanceof NoHandlerForQueryException
                || failed.getCause() instanceof NoHandlerForQueryException) {
                // an application without the settings' read model: everyone keeps the defaults (the inbox)
                return NotificationSettings.defaults(username);
            }
            throw failed;
        }
    }
}
