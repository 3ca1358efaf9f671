package org.zhaoshang.crm.notification.outbox;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.inbox.DeliveryChannel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends the due e-mails and robots' messages, each claimed first so that no other sender sends it too; a failed one
 * is tried again after the back-off, and given up after the last attempt. While the mail server or a robot is down,
 * its deliveries wait: none is lost.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final List<DeliveryChannel> ONE_BY_ONE = List.of(DeliveryChannel.EMAIL, DeliveryChannel.WEBHOOK);

    private final Deliveries deliveries;
    private final DeliveryTransports transports;
    private final OutboxSettings settings;
    private final Clock clock;

    OutboxSender(Deliveries deliveries, DeliveryTransports transports, OutboxSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.transports = transports;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends what is due now, at most a batch; answers how many were sent. */
    public int sendDue() {
        int sent = 0;
        for (int taken = 0; taken < settings.batch(); taken++) {
            String token = UUID.randomUUID().toString();
            Optional<Document> claimed = deliveries.claim(ONE_BY_ONE, clock.instant(), settings.lease(), token);
            if (claimed.isEmpty()) {
                break;
            }
            if (attempt(claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attempt(Document claimed) {
        try {
            transports.send(claimed);
        } catch (RuntimeException failure) {
            failed(List.of(claimed), failure);
            return false;
        }
        deliveries.sent(claimed, clock.instant());
        return true;
    }

    /** Records the failure on each claimed delivery: retried after the back-off, or given up after the last. */
    void failed(List<Document> claimed, RuntimeException failure) {
        String error = DeliveryErrors.describe(failure);
        Instant now = clock.instant();
        for (Document delivery : claimed) {
            int attempts = Deliveries.attempts(delivery) + 1;
            boolean last = attempts >= settings.maxAttempts();
            log.warn("Notification {}: attempt {} of {} failed{}: {}", delivery.get("_id"), attempts,
                     settings.maxAttempts(), last ? ", given up" : "", error);
            deliveries.failed(delivery, error, now, last ? null : now.plus(settings.retryAfter(attempts)));
        }
    }
}
