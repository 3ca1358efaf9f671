package org.zhaoshang.crm.notification.inbox;

import org.zhaoshang.crm.notification.api.NotificationSettings;

/** A user's notification settings as they are now (their defaults when they never chose). */
public interface RecipientSettings {

    NotificationSettings of(String username);
}
