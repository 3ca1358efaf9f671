package org.zhaoshang.crm.notification.api;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a user wants to be told and how.
 *
 * @param email    where e-mail goes, or null (then nothing is e-mailed)
 * @param language {@code zh} or {@code en}: e-mail and robots' texts
 * @param channels per kind, the ways wanted (none: not told at all)
 */
public record NotificationSettings(String username, String email, String language,
                                   Map<NotificationKind, Set<NotificationChannel>> channels, long version) {

    public NotificationSettings {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    /** Before a user chose: every kind in the inbox, nothing by e-mail, in Chinese. */
    public static NotificationSettings defaults(String username) {
        Map<NotificationKind, Set<NotificationChannel>> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, EnumSet.of(NotificationChannel.IN_APP));
        }
        return new NotificationSettings(username, null, "zh", all, -1);
    }

    public boolean wants(NotificationKind kind, NotificationChannel channel) {
        return channels.getOrDefault(kind, Set.of()).contains(channel)
                && (channel == NotificationChannel.IN_APP || email != null);
    }
}
