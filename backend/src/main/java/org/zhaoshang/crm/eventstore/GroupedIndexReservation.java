package org.zhaoshang.crm.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongUnaryOperator;

/**
 * Reserves global indexes for concurrent appends of this process with one round trip to the store: while one
 * reservation is on its way, the appends that arrive queue up, and the next one reserves a block for all of them.
 */
final class GroupedIndexReservation {

    private final LongUnaryOperator reserveBlock;
    private final ConcurrentLinkedQueue<Request> queue = new ConcurrentLinkedQueue<>();

    /** @param reserveBlock reserves that many consecutive indexes in the store and returns the first */
    GroupedIndexReservation(LongUnaryOperator reserveBlock) {
        this.reserveBlock = reserveBlock;
    }

    /** Reserves {@code count} consecutive indexes for one append and returns the first. */
    long reserve(int count) {
        Request mine = new Request(count);
        queue.add(mine);
        synchronized (this) {
            if (!mine.answered) {
                reserveForQueued();
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.first;
    }

    private void reserveForQueued() {
        List<Request> group = new ArrayList<>();
        long total = 0;
        for (Request request = queue.poll(); request != null; request = queue.poll()) {
            group.add(request);
            total += request.count;
        }
        try {
            long next = reserveBlock.applyAsLong(total);
            for (Request request : group) {
                request.first = next;
                next += request.count;
            }
        } catch (RuntimeException e) {
            group.forEach(request -> request.failure = e);
        }
        group.forEach(request -> request.answered = true);
    }

    /** Written and read under the reservation's lock only. */
    private static final class Request {
        private final int count;
        private long first;
        private RuntimeException failure;
        private boolean answered;

        private Request(int count) {
            this.count = count;
        }
    }
}
