package org.zhaoshang.crm.security.users;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"));

    private SignInThrottle throttle(String database) {
        MongoDatabase db = STORE.database(database);
        return new SignInThrottle(db, new SecurityLog(db, clock), clock);
    }

    @Test
    void tenFailuresWithinFifteenMinutesLockForFifteenMinutes() {
        SignInThrottle throttle = throttle("lock");
        for (int failure = 1; failure < 10; failure++) {
            throttle.failed("li", "10.0.0.1");
            clock.move(Duration.ofSeconds(30));
        }
        assertThat(throttle.lockedUntil("li", "10.0.0.2")).isNull();

        throttle.failed("li", "10.0.0.1");

        Instant until = clock.instant().plus(SignInThrottle.LOCK);
        assertThat(throttle.lockedUntil("li", "10.0.0.2")).isEqualTo(until);
        assertThat(throttle.lockedUntil("wang", "10.0.0.1")).isEqualTo(until);
        assertThat(throttle.lockedUntil("wang", "10.0.0.2")).isNull();
        clock.move(SignInThrottle.LOCK.plusSeconds(1));
        assertThat(throttle.lockedUntil("li", "10.0.0.1")).isNull();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        SignInThrottle throttle = throttle("window");
        for (int failure = 1; failure <= 9; failure++) {
            throttle.failed("li", "10.0.0.1");
        }
        clock.move(SignInThrottle.WINDOW.plusSeconds(1));

        throttle.failed("li", "10.0.0.1");

        assertThat(throttle.lockedUntil("li", "10.0.0.1")).isNull();
    }

    @Test
    void aSuccessfulSignInOrAnUnlockClearsTheAccountsFailures() {
        SignInThrottle throttle = throttle("unlock");
        for (int failure = 1; failure <= 10; failure++) {
            throttle.failed("li", "10.0.0." + failure);
        }
        assertThat(throttle.lockedUntil("li", "10.0.0.99")).isNotNull();

        throttle.unlock("li");

        assertThat(throttle.lockedUntil("li", "10.0.0.99")).isNull();
        assertThat(STORE.database("unlock").getCollection(SecurityLog.SECURITY_LOG).countDocuments())
                .isEqualTo(11);
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
