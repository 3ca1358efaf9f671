package org.zhaoshang.crm.notification.ui;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One thread that reminds every open bell once a minute to count again (the UI pushes the change). */
@Component
public class InboxTicks {

    static final Duration EVERY = Duration.ofMinutes(1);

    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "inbox-bell-ticks");
        thread.setDaemon(true);
        return thread;
    });

    ScheduledFuture<?> every(Runnable tick) {
        return ticks.scheduleWithFixedDelay(tick, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ticks.shutdownNow();
    }
}
