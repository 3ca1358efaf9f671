package org.zhaoshang.crm.notification.decide;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How old an event may be and still be told: a replay of the log (a token reset, a processor that was stopped for
 * weeks) must not tell people of what is long past. Events older than {@code zhaoshang.notifications.replay-horizon-days}
 * (by when they were stored) are passed over.
 */
@Component
class ReplayHorizon {

    static final int MAX_DAYS = 365;

    private final Clock clock;
    private final Duration horizon;

    ReplayHorizon(Clock clock, @Value("${zhaoshang.notifications.replay-horizon-days:3}") int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("zhaoshang.notifications.replay-horizon-days must be 0 to " + MAX_DAYS);
        }
        this.clock = clock;
        this.horizon = Duration.ofDays(days);
    }

    boolean isPast(Instant storedAt) {
        return storedAt.isBefore(clock.instant().minus(horizon));
    }
}
