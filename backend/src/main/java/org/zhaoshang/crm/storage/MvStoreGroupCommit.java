package org.zhaoshang.crm.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.zhaoshang.crm.eventstore.WriteDurability;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Commits the embedded store's MVStore to its file before an append returns (it would otherwise commit only about
 * once a second). One commit covers every append that finished before it started, so concurrent writers share it.
 */
public final class MvStoreGroupCommit implements WriteDurability {

    private final H2Backend backend;
    private final AtomicLong finishedWrites = new AtomicLong();
    private long committedWrites;

    public MvStoreGroupCommit(H2Backend backend) {
        this.backend = backend;
    }

    @Override
    public void makeDurable() {
        long mine = finishedWrites.incrementAndGet();
        synchronized (this) {
            if (committedWrites >= mine) {
                return;
            }
            long covered = finishedWrites.get();
            backend.commit();
            committedWrites = covered;
        }
    }
}
