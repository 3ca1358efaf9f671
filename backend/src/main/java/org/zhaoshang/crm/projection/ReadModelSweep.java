package org.zhaoshang.crm.projection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Work over the read models repeated every so often on a daemon thread of its own: the first turn a minute after start
 * (sooner when repeated more often), none while the read models are rebuilt (half-built, they would mislead it); a
 * failed turn is logged and the next one tries again. Every node may sweep: what a turn does must be harmless twice.
 */
public abstract class ReadModelSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelSweep.class);
    private static final Duration FIRST_AFTER = Duration.ofMinutes(1);
    private static final Duration SHORTEST = Duration.ofSeconds(10);

    private final String name;
    private final Duration every;
    private final ProjectionRebuilds projections;
    private ScheduledExecutorService scheduler;

    /**
     * @param name     what the sweep does, in the log and its thread's name
     * @param property the setting {@code every} comes from, named when it is refused
     * @param every    0: never; else at least 10 s
     */
    protected ReadModelSweep(String name, String property, Duration every, ProjectionRebuilds projections) {
        if (every.isNegative() || !every.isZero() && every.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException(property + " must be 0 (never) or 10s or more");
        }
        this.name = name;
        this.every = every;
        this.projections = projections;
    }

    /** One turn now; answers how much it did (0 while the read models are rebuilt). */
    public final int sweep() {
        if (projections.statuses().projections().stream().anyMatch(ProjectionStatus::rebuilding)) {
            log.info("{}: the read models are being rebuilt; the next sweep does it", name);
            return 0;
        }
        return sweepOnce();
    }

    /** What one turn does; answers how much it did. */
    protected abstract int sweepOnce();

    private void sweepLogged() {
        try {
            sweep();
        } catch (RuntimeException failed) {
            log.warn("{}: could not be done now; the next sweep tries again", name, failed);
        }
    }

    @Override
    public synchronized void start() {
        if (every.isZero() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        long first = Math.min(FIRST_AFTER.toMillis(), every.toMillis());
        scheduler.scheduleWithFixedDelay(this::sweepLogged, first, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
