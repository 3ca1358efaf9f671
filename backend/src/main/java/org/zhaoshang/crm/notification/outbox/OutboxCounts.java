package org.zhaoshang.crm.notification.outbox;

import java.time.Duration;

/** How the outbox stands: deliveries waiting, given up, and how long the oldest waiting one has waited. */
public record OutboxCounts(long pending, long failed, Duration oldestPendingAge) {
}
