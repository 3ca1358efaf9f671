package org.zhaoshang.crm.notification.settings;

import org.zhaoshang.crm.notification.api.NotificationChannel;
import org.zhaoshang.crm.notification.api.NotificationKind;

import java.util.Map;
import java.util.Set;

/** The body of a change of notification settings; the version may come as If-Match instead. */
record NotificationSettingsRequest(String email, String language,
                                   Map<NotificationKind, Set<NotificationChannel>> channels, Long expectedVersion) {
}
