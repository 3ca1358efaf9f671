package org.zhaoshang.crm.storage;

import com.mongodb.event.ClusterDescriptionChangedEvent;
import com.mongodb.event.ClusterListener;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Whether the MongoDB driver sees a store it can write to, as its monitor tells it. While it sees none, a command is
 * refused before it is handled: loading a lead (its snapshot, then its events) and appending would each wait for a
 * store in vain, and the user would wait for all of them before being told.
 */
public final class StoreAvailability implements ClusterListener, MessageDispatchInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(StoreAvailability.class);

    private volatile boolean writable = true;
    private final List<Runnable> whenBack = new CopyOnWriteArrayList<>();

    /** Whether the driver sees a store to write to: while not, whoever asks the store waits in vain. */
    public boolean reachable() {
        return writable;
    }

    /**
     * What {@code read} answers, or {@code whileAway} while the store cannot be reached: for reads that may fall back
     * on what was last read.
     */
    public <T> T readOr(Supplier<T> read, Supplier<T> whileAway) {
        if (!writable) {
            return whileAway.get();
        }
        try {
            return read.get();
        } catch (RuntimeException failure) {
            if (StoreOutage.of(failure).isEmpty()) {
                throw failure;
            }
            return whileAway.get();
        }
    }

    /** Runs this (on a thread of its own) each time the store is reachable again after an outage. */
    public void whenBack(Runnable action) {
        whenBack.add(action);
    }

    @Override
    public void clusterDescriptionChanged(ClusterDescriptionChangedEvent event) {
        boolean now = event.getNewDescription().hasWritableServer();
        if (now != writable) {
            writable = now;
            if (now) {
                log.info("Store: reachable again; commands are taken");
                whenBack.forEach(StoreAvailability::startOnItsOwn);
            } else {
                log.warn("Store: no store to write to; commands are refused (503) until it is back");
            }
        }
    }

    /** Not on the driver's monitor thread, which must go on watching the store. */
    private static void startOnItsOwn(Runnable action) {
        Thread thread = new Thread(action, "store-back");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (!writable) {
                throw new StoreUnavailableException();
            }
            return command;
        };
    }

    /** Refused without asking the store: nothing was changed. */
    public static final class StoreUnavailableException extends RuntimeException {

        StoreUnavailableException() {
            super("The data store cannot be reached; nothing was changed");
        }
    }
}
