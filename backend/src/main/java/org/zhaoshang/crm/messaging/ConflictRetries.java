package org.zhaoshang.crm.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.axonframework.common.ExceptionUtils.findException;

/**
 * A command that met another append to the same lead (on this node or another: the event store's unique key is the
 * lock) is tried again on the lead as it is now, a few times, after a short random pause: its rules are checked again
 * against the other change, so nothing is overwritten. With several nodes this is the common case, as each node
 * keeps the leads it worked on loaded and learns of the others' changes only from the store. Nothing else is retried:
 * a stale {@code expectedVersion} (the user decided on an old state), refusals and outages are answered at once.
 */
final class ConflictRetries implements RetryScheduler {

    private static final int MAX_PAUSE_MILLIS = 40;

    private final int retries;
    private final ScheduledExecutorService pauses = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "command-retries");
        thread.setDaemon(true);
        return thread;
    });

    ConflictRetries(int retries) {
        this.retries = retries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (failures.size() > retries || findException(lastFailure, ConcurrencyException.class).isEmpty()) {
            return false;
        }
        pauses.schedule(dispatchTask, ThreadLocalRandom.current().nextInt(1, MAX_PAUSE_MILLIS), TimeUnit.MILLISECONDS);
        return true;
    }
}
