package org.zhaoshang.crm.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * A read model follows a command a moment later (its processor reads the stored event): after an action, a view
 * reads again until what it shows has changed, for at most {@link #AT_MOST}; then it shows what there is.
 */
public final class ReadModelLag {

    public static final Duration AT_MOST = Duration.ofSeconds(3);
    private static final long PAUSE_NANOS = Duration.ofMillis(40).toNanos();

    private ReadModelLag() {
    }

    /** The first answer unlike {@code before}, or the last one read when none came within {@link #AT_MOST}. */
    public static <T> T changedFrom(T before, Supplier<T> read) {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        T now = read.get();
        while (Objects.equals(now, before) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(PAUSE_NANOS);
            now = read.get();
        }
        return now;
    }
}
