package org.zhaoshang.crm.notification.settings;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhaoshang.crm.notification.api.ChangeNotificationSettingsCommand;
import org.zhaoshang.crm.notification.api.NotificationChannel;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.NotificationSettingsChangedEvent;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;

/** A user's notification settings: theirs to change (or an administrator's), valid as a whole, versioned. */
class NotificationSettingsBookTest {

    private static final Map<NotificationKind, Set<NotificationChannel>> MAIL_FOLLOW_UPS = Map.of(
            NotificationKind.FOLLOW_UP_DUE, Set.of(NotificationChannel.IN_APP, NotificationChannel.EMAIL),
            NotificationKind.REPORT_READY, Set.of(NotificationChannel.DIGEST));
    private static final NotificationSettingsChangedEvent CHANGED = new NotificationSettingsChangedEvent(
            "wang", "wang@bureau.example", "en", MAIL_FOLLOW_UPS, "wang");

    private AggregateTestFixture<NotificationSettingsBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NotificationSettingsBook.class);
    }

    private static Map<String, ?> as(String username, Role role) {
        return Caller.user(username, Set.of(role), role == Role.AMBASSADOR ? "amb-7" : null).toMetaData();
    }

    private static ChangeNotificationSettingsCommand change(String email, Long expectedVersion) {
        return new ChangeNotificationSettingsCommand("wang", email, "en", MAIL_FOLLOW_UPS, expectedVersion);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aUserChangesTheirOwnWhateverTheirRole(Role role) {
        fixture.givenNoPriorActivity()
               .when(change(" wang@bureau.example ", null), as("wang", role))
               .expectEvents(CHANGED);
    }

    @Test
    void anAdministratorChangesAnyonesAndIsRecordedAsTheChanger() {
        fixture.givenNoPriorActivity()
               .when(change("wang@bureau.example", null), as("root", Role.ADMIN))
               .expectEvents(new NotificationSettingsChangedEvent("wang", "wang@bureau.example", "en",
                                                                  MAIL_FOLLOW_UPS, "root"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "MANAGER", "AMBASSADOR", "LEADER"})
    void nobodyElseChangesAUsersSettings(Role role) {
        fixture.given(CHANGED).when(change("li@bureau.example", null), as("li", role))
               .expectException(NotPermittedException.class).expectNoEvents();
    }

    @Test
    void aBadAddressIsRefused() {
        fixture.givenNoPriorActivity().when(change("not an address", null), as("wang", Role.STAFF))
               .expectException(InvalidInputException.class).expectExceptionMessage(containsString("email"))
               .expectNoEvents();
    }

    @Test
    void eMailAndTheDigestTogetherForAKindAreRefused() {
        fixture.givenNoPriorActivity()
               .when(new ChangeNotificationSettingsCommand("wang", "wang@bureau.example", "zh", Map.of(
                       NotificationKind.RED_LIGHT, Set.of(NotificationChannel.EMAIL, NotificationChannel.DIGEST)),
                                                           null), as("wang", Role.STAFF))
               .expectException(InvalidInputException.class)
               .expectExceptionMessage(containsString("e-mailed one by one or in the daily digest")).expectNoEvents();
    }

    @Test
    void eMailWithoutAnAddressIsRefused() {
        fixture.givenNoPriorActivity().when(change(null, null), as("wang", Role.STAFF))
               .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void aChangeExpectingAnOlderVersionConflicts() {
        fixture.given(CHANGED).when(change("wang@bureau.example", -1L), as("wang", Role.STAFF))
               .expectException(ConflictingAggregateVersionException.class).expectNoEvents();
        fixture.given(CHANGED).when(change("wang@bureau.example", 0L), as("wang", Role.STAFF))
               .expectEvents(CHANGED);
    }
}
