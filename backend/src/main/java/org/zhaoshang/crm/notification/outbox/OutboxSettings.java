package org.zhaoshang.crm.notification.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code zhaoshang.notifications.outbox.*}: how often the sender looks for due deliveries, how long a claimed one is
 * this node's, and the back-off of a failed one: {@code first-retry} doubling up to {@code max-retry}, given up
 * (FAILED) after {@code max-attempts}.
 */
@ConfigurationProperties("zhaoshang.notifications.outbox")
public record OutboxSettings(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration interval,
                             @DefaultValue("2m") Duration lease, @DefaultValue("1m") Duration firstRetry,
                             @DefaultValue("1h") Duration maxRetry, @DefaultValue("10") int maxAttempts,
                             @DefaultValue("50") int batch) {

    public OutboxSettings {
        if (interval.isNegative() || interval.isZero() || lease.compareTo(Duration.ofSeconds(10)) < 0
            || firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0 || maxAttempts < 1 || batch < 1) {
            throw new IllegalArgumentException("zhaoshang.notifications.outbox: interval > 0, lease >= 10s, "
                                               + "max-retry >= first-retry >= 0, max-attempts >= 1, batch >= 1");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1, 2, …): doubling from the first, at most the max. */
    public Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int attempt = 1; attempt < attempts && wait.compareTo(maxRetry) < 0; attempt++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
