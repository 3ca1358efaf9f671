package org.zhaoshang.crm.notification.outbox;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Health {@code notifications}: counts only (deliveries waiting, given up, the oldest waiting one's age in seconds),
 * never an address or a text. A given-up delivery does not take the application down: administrators list and retry
 * them.
 */
@Component("notificationsHealthIndicator")
class NotificationHealth implements HealthIndicator {

    private final Deliveries deliveries;
    private final Clock clock;

    NotificationHealth(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public Health health() {
        try {
            OutboxCounts counts = deliveries.counts(clock.instant());
            return Health.up().withDetail("pending", counts.pending()).withDetail("failed", counts.failed())
                         .withDetail("oldestPendingSeconds", counts.oldestPendingAge().toSeconds()).build();
        } catch (RuntimeException unreadable) {
            return Health.unknown().withDetail("error", unreadable.getClass().getSimpleName()).build();
        }
    }
}
