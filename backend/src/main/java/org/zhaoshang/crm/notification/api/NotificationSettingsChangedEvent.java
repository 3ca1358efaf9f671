package org.zhaoshang.crm.notification.api;

import org.axonframework.serialization.Revision;

import java.util.Map;
import java.util.Set;

/** A user's notification settings as chosen, replacing the earlier ones. */
@Revision("1")
public record NotificationSettingsChangedEvent(String username, String email, String language,
                                               Map<NotificationKind, Set<NotificationChannel>> channels,
                                               String changedBy) {
}
