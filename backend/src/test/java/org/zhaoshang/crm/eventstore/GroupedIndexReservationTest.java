package org.zhaoshang.crm.eventstore;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupedIndexReservationTest {

    @Test
    void concurrentAppendsGetDisjointConsecutiveBlocksAndShareRoundTrips() throws Exception {
        AtomicLong counter = new AtomicLong();
        AtomicLong roundTrips = new AtomicLong();
        GroupedIndexReservation reservation = new GroupedIndexReservation(count -> {
            roundTrips.incrementAndGet();
            LockSupport.parkNanos(1_000_000); // a round trip to a busy store
            return counter.getAndAdd(count);
        });
        int threads = 8;
        int perThread = 200;
        ConcurrentLinkedQueue<long[]> blocks = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        int size = 1 + i % 3;
                        blocks.add(new long[]{reservation.reserve(size), size});
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        boolean[] taken = new boolean[(int) counter.get()];
        for (long[] block : blocks) {
            for (long index = block[0]; index < block[0] + block[1]; index++) {
                assertThat(taken[(int) index]).as("index %d handed out twice", index).isFalse();
                taken[(int) index] = true;
            }
        }
        assertThat(taken).as("every reserved index handed out").doesNotContain(false);
        assertThat(roundTrips.get()).as("appends that arrived during a round trip shared the next one")
                                    .isLessThan(threads * perThread * 9L / 10);
        System.out.printf("[GroupedIndexReservation] %d reservations in %d round trips%n",
                          threads * perThread, roundTrips.get());
    }

    @Test
    void aFailedRoundTripFailsTheAppendsThatWaitedForIt() {
        GroupedIndexReservation reservation = new GroupedIndexReservation(count -> {
            throw new IllegalStateException("store down");
        });

        assertThatThrownBy(() -> reservation.reserve(1)).hasMessage("store down");
    }
}
