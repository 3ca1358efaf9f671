package org.zhaoshang.crm.notification.api;

/** A user's settings, or their defaults when they never chose. Answers {@link NotificationSettings}. */
public record FindNotificationSettingsQuery(String username) {
}
