package org.zhaoshang.crm.notification.outbox;

import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The daily digest: at the digest hour each user's due lines go as one e-mail, then all of them are sent; when it
 * fails, all of them are tried again together after the back-off.
 */
@Component
public class DigestSender {

    private final Deliveries deliveries;
    private final DeliveryTransports transports;
    private final OutboxSender outbox;
    private final OutboxSettings settings;
    private final Clock clock;

    DigestSender(Deliveries deliveries, DeliveryTransports transports, OutboxSender outbox, OutboxSettings settings,
                 Clock clock) {
        this.deliveries = deliveries;
        this.transports = transports;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends the digests due now; answers how many e-mails went. */
    public int sendDue() {
        int sent = 0;
        for (String username : deliveries.digestRecipientsDue(clock.instant())) {
            List<Document> lines = deliveries.claimDigest(username, clock.instant(), settings.lease(),
                                                          UUID.randomUUID().toString());
            if (lines.isEmpty()) {
                continue; // another sender took them
            }
            try {
                transports.sendDigest(lines);
            } catch (RuntimeException failure) {
                outbox.failed(lines, failure);
                continue;
            }
            lines.forEach(line -> deliveries.sent(line, clock.instant()));
            sent++;
        }
        return sent;
    }
}
