package org.zhaoshang.crm.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Collects the keys (leads) a batch of events changed and hands them to the projection once, when the batch's unit
 * of work commits, so that a projection stores each changed document once per batch (one bulk write) instead of once
 * per event: a rebuild costs a write per lead per batch. With each key it keeps what the projection noted at the
 * key's first change in the batch, such as the lead's state before it. The changes are handed over before the batch's
 * token is stored ({@link WritesFirstTokenStore}), so a crash between the two replays the batch, never skips it.
 * Outside a unit of work each change is handed over at once.
 */
public final class ChangedInBatch<K, V> {

    private static final String FLUSHES = ChangedInBatch.class.getName() + "/flushes";
    private static final AtomicLong INSTANCES = new AtomicLong();
    private static final AtomicLong FLUSHES_DONE = new AtomicLong();

    private final Consumer<Map<K, V>> flush;
    private final String resourceKey = ChangedInBatch.class.getName() + "/" + INSTANCES.incrementAndGet();

    /** @param flush stores what changed: each key with what was noted at its first change in the batch */
    public ChangedInBatch(Consumer<Map<K, V>> flush) {
        this.flush = flush;
    }

    /** Notes a change of {@code key}; {@code firstChange} is asked only at the key's first change in the batch. */
    public void changed(K key, Supplier<V> firstChange) {
        if (!CurrentUnitOfWork.isStarted()) {
            Map<K, V> one = new LinkedHashMap<>();
            one.put(key, firstChange.get());
            flush.accept(one);
            return;
        }
        Map<K, V> pending = pending();
        if (!pending.containsKey(key)) {
            pending.put(key, firstChange.get());
        }
    }

    private Map<K, V> pending() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<K, V> pending = unitOfWork.getResource(resourceKey);
        if (pending == null) {
            Map<K, V> created = new LinkedHashMap<>();
            unitOfWork.resources().put(resourceKey, created);
            unitOfWork.<List<Runnable>>getOrComputeResource(FLUSHES, any -> new ArrayList<>())
                      .add(() -> flush(created));
            unitOfWork.onPrepareCommit(committing -> flush(created));
            pending = created;
        }
        return pending;
    }

    private void flush(Map<K, V> pending) {
        if (!pending.isEmpty()) {
            flush.accept(new LinkedHashMap<>(pending));
            pending.clear();
            FLUSHES_DONE.incrementAndGet();
        }
    }

    /** How many batches of changes this process has handed over, in every projection: tells other nodes to look. */
    static long flushes() {
        return FLUSHES_DONE.get();
    }

    /** Hands over what the current unit of work's handlers changed so far, in every projection. */
    static void flushPending() {
        if (CurrentUnitOfWork.isStarted()) {
            List<Runnable> flushes = CurrentUnitOfWork.get().root().getResource(FLUSHES);
            if (flushes != null) {
                flushes.forEach(Runnable::run);
            }
        }
    }
}
