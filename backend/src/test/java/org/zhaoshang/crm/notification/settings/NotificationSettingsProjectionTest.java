package org.zhaoshang.crm.notification.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.notification.api.FindNotificationSettingsQuery;
import org.zhaoshang.crm.notification.api.NotificationChannel;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.NotificationSettings;
import org.zhaoshang.crm.notification.api.NotificationSettingsChangedEvent;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.axonframework.messaging.MetaData;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings' read model: defaults until a user chose, a change delivered twice kept once, each their own. */
class NotificationSettingsProjectionTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final NotificationSettingsChangedEvent CHANGED = new NotificationSettingsChangedEvent(
            "wang", "wang@bureau.example", "en", Map.of(NotificationKind.RED_LIGHT, Set.of(NotificationChannel.DIGEST)),
            "wang");

    @Test
    void aChangeDeliveredTwiceIsKeptOnceWithItsVersion() {
        NotificationSettingsProjection projection = new NotificationSettingsProjection(STORE.database("twice"));
        assertThat(projection.of("wang")).isEqualTo(NotificationSettings.defaults("wang"));
        projection.on(CHANGED, 0);
        projection.on(CHANGED, 0);
        assertThat(projection.of("wang")).isEqualTo(new NotificationSettings(
                "wang", "wang@bureau.example", "en",
                Map.of(NotificationKind.RED_LIGHT, Set.of(NotificationChannel.DIGEST)), 0));
        assertThat(STORE.database("twice").getCollection(NotificationSettingsProjection.COLLECTION).countDocuments())
                .isEqualTo(1);
        projection.reset();
        assertThat(projection.of("wang").version()).isEqualTo(-1);
    }

    @Test
    void eachUserReadsTheirOwnAndAdministratorsAnyones() {
        NotificationSettingsProjection projection = new NotificationSettingsProjection(STORE.database("own"));
        projection.on(CHANGED, 0);
        assertThat(projection.handle(new FindNotificationSettingsQuery("wang"), meta("wang", Role.STAFF)).email())
                .isEqualTo("wang@bureau.example");
        assertThat(projection.handle(new FindNotificationSettingsQuery("wang"), meta("root", Role.ADMIN)).email())
                .isEqualTo("wang@bureau.example");
        assertThatThrownBy(() -> projection.handle(new FindNotificationSettingsQuery("wang"),
                                                   meta("li", Role.MANAGER)))
                .isInstanceOf(NotPermittedException.class);
    }

    private static MetaData meta(String username, Role role) {
        return MetaData.from(Caller.user(username, Set.of(role), null).toMetaData());
    }
}
