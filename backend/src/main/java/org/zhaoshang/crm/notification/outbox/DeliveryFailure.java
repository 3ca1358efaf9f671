package org.zhaoshang.crm.notification.outbox;

import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.inbox.DeliveryChannel;

import java.time.Instant;

/**
 * A delivery given up after its last attempt, for administrators.
 *
 * @param recipient the user's name, or {@code webhook:<id>} for a group robot
 * @param at        the notice's time
 * @param failedAt  when the last attempt failed
 */
public record DeliveryFailure(String id, String recipient, NotificationKind kind, DeliveryChannel channel,
                              int attempts, String lastError, Instant at, Instant failedAt) {
}
