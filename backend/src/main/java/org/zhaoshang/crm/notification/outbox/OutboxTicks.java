package org.zhaoshang.crm.notification.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.storage.StoreAvailability;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Works the outbox and the digest every {@code zhaoshang.notifications.outbox.interval} while the store answers. */
@Component
class OutboxTicks implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxTicks.class);

    private final OutboxSender outbox;
    private final DigestSender digest;
    private final OutboxSettings settings;
    private final StoreAvailability store;
    private ScheduledExecutorService ticks;

    OutboxTicks(OutboxSender outbox, DigestSender digest, OutboxSettings settings, StoreAvailability store) {
        this.outbox = outbox;
        this.digest = digest;
        this.settings = settings;
        this.store = store;
    }

    private void tick() {
        if (!store.reachable()) {
            return;
        }
        try {
            outbox.sendDue();
            digest.sendDue();
        } catch (RuntimeException failed) {
            log.warn("Notifications: the outbox could not be worked ({}); trying again shortly",
                     failed.getClass().getSimpleName());
        }
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notification-outbox");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.interval().toMillis();
        ticks.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (ticks != null) {
            ticks.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return ticks != null && !ticks.isShutdown();
    }
}
