package org.zhaoshang.crm.security.users;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
    void tenFailuresForAnAccountFromOneAddressLockItThereForFifteenMinutes() {
        SignInThrottle throttle = throttle("pair");
        for (int failure = 1; failure < 10; failure++) {
            throttle.failed("li", "10.0.0.1");
            clock.move(Duration.ofSeconds(30));
        }
        assertThat(throttle.lockedUntil("li", "10.0.0.1")).isNull();

        throttle.failed("li", "10.0.0.1");

        Instant until = clock.instant().plus(SignInThrottle.LOCK);
        assertThat(throttle.lockedUntil("li", "10.0.0.1")).isEqualTo(until);
        // one person's typos lock neither their colleagues behind the same address nor the account elsewhere
        assertThat(throttle.lockedUntil("wang", "10.0.0.1")).isNull();
        assertThat(throttle.lockedUntil("li", "10.0.0.2")).isNull();
        clock.move(SignInThrottle.LOCK.plusSeconds(1));
        assertThat(throttle.lockedUntil("li", "10.0.0.1")).isNull();
    }

    @Test
    void twentyFailuresForAnAccountFromAnyAddressesLockItEverywhere() {
        SignInThrottle throttle = throttle("account");
        for (int failure = 1; failure < 20; failure++) {
            throttle.failed("li", "10.0.1." + failure);
        }
        assertThat(throttle.lockedUntil("li", "10.0.2.1")).isNull();

        throttle.failed("li", "10.0.1.20");

        assertThat(throttle.lockedUntil("li", "10.0.2.1")).isEqualTo(clock.instant().plus(SignInThrottle.LOCK));
        assertThat(throttle.lockedUntil("wang", "10.0.1.1")).isNull();
    }

    @Test
    void aWholeAddressLocksOnlyAfterAHundredFailures() {
        SignInThrottle throttle = throttle("address");
        for (int failure = 1; failure < 100; failure++) {
            throttle.failed("user-" + failure, "10.0.0.1");
        }
        assertThat(throttle.lockedUntil("wang", "10.0.0.1")).isNull();

        throttle.failed("user-100", "10.0.0.1");

        assertThat(throttle.lockedUntil("wang", "10.0.0.1")).isEqualTo(clock.instant().plus(SignInThrottle.LOCK));
        assertThat(throttle.lockedUntil("wang", "10.0.0.2")).isNull();
    }

    @Test
    void parallelFailuresAllCount() throws Exception {
        SignInThrottle throttle = throttle("parallel");
        int parallel = 60;
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> failures = new ArrayList<>();
            for (int failure = 0; failure < parallel; failure++) {
                failures.add(threads.submit(() -> {
                    start.await();
                    throttle.failed("li", "10.0.0.1");
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> failure : failures) {
                failure.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(throttle.lockedUntil("li", "10.0.0.1")).isNotNull();
        assertThat(throttle.lockedUntil("li", "10.0.0.9")).as("the account, from any address").isNotNull();
        assertThat(STORE.database("parallel").getCollection(SecurityLog.SECURITY_LOG)
                        .countDocuments(new org.bson.Document("type", "SIGN_IN_FAILED"))).isEqualTo(parallel);
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
        for (int failure = 2; failure <= 9; failure++) {
            throttle.failed("li", "10.0.0.1");
        }
        assertThat(throttle.lockedUntil("li", "10.0.0.1")).isNull();
        throttle.failed("li", "10.0.0.1");
        assertThat(throttle.lockedUntil("li", "10.0.0.1")).isNotNull();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailuresFromThatAddress() {
        SignInThrottle throttle = throttle("success");
        for (int failure = 1; failure <= 9; failure++) {
            throttle.failed("li", "10.0.0.1");
        }

        throttle.succeeded("li", "10.0.0.1");
        throttle.failed("li", "10.0.0.1");

        assertThat(throttle.lockedUntil("li", "10.0.0.1")).isNull();
    }

    @Test
    void anUnlockClearsTheAccountsLocksEverywhere() {
        SignInThrottle throttle = throttle("unlock");
        for (int failure = 1; failure <= 10; failure++) {
            throttle.failed("li", "10.0.0.1");
        }
        for (int failure = 1; failure <= 10; failure++) {
            throttle.failed("li", "10.0.0." + (failure + 1));
        }
        assertThat(throttle.lockedUntil("li", "10.0.0.99")).isNotNull();
        assertThat(throttle.lockedUntil("li", "10.0.0.1")).isNotNull();

        throttle.unlock("li");

        assertThat(throttle.lockedUntil("li", "10.0.0.99")).isNull();
        assertThat(throttle.lockedUntil("li", "10.0.0.1")).as("the account from the address it was locked at")
                .isNull();
        assertThat(STORE.database("unlock").getCollection(SecurityLog.SECURITY_LOG)
                        .countDocuments(new org.bson.Document("type", "LOCKED_OUT"))).isEqualTo(2);
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
