package org.zhaoshang.crm.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.eventstore.EventStoreFixture.SERIALIZER;
import static org.zhaoshang.crm.eventstore.EventStoreFixture.event;
import static org.zhaoshang.crm.eventstore.EventStoreFixture.events;

/** The event store's contract, run against the embedded server and (where Docker exists) real MongoDB. */
abstract class MongoEventStorageEngineSuite {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    protected MongoDatabase database;

    protected abstract MongoClient client();

    @BeforeEach
    void freshDatabase(TestInfo test) {
        database = client().getDatabase("engine_" + DATABASES.incrementAndGet());
        System.out.println("[" + backendName() + "] " + test.getDisplayName());
    }

    protected abstract String backendName();

    protected MongoEventStorageEngine engine(Duration gapTimeout) {
        return MongoEventStorageEngine.builder()
                                      .database(database)
                                      .eventSerializer(SERIALIZER)
                                      .snapshotSerializer(SERIALIZER)
                                      .upcasterChain(new TestEventTextUpcaster())
                                      .gapTimeout(gapTimeout)
                                      .batchSize(50)
                                      .trackingBatchSize(50)
                                      .build();
    }

    protected MongoEventStorageEngine engine() {
        return engine(Duration.ofSeconds(15));
    }

    @Test
    void readsAnAggregateBackInSequenceOrderAcrossSeveralBatches() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(events("lead-1", 0, 70));
        engine.appendEvents(events("lead-2", 0, 3));
        engine.appendEvents(events("lead-1", 70, 50));

        List<Long> sequences = engine.readEvents("lead-1").asStream()
                                     .map(DomainEventMessage::getSequenceNumber).toList();

        assertThat(sequences).hasSize(120).isSorted().startsWith(0L).endsWith(119L);
        assertThat(engine.readEvents("lead-1", 100).asStream().count()).isEqualTo(20);
        assertThat(engine.lastSequenceNumberFor("lead-1")).contains(119L);
        assertThat(engine.lastSequenceNumberFor("lead-9")).isEmpty();
        assertThat(engine.readEvents("lead-9").hasNext()).isFalse();
    }

    @Test
    void payloadAndMetaDataSurviveTheRoundTrip() {
        MongoEventStorageEngine engine = engine();
        DomainEventMessage<TestEvent> original = event("lead-1", 0).andMetaData(Map.of("user", "王伟"));
        engine.appendEvents(original);

        DomainEventMessage<?> read = engine.readEvents("lead-1").next();

        assertThat(read.getPayload()).isEqualTo(original.getPayload());
        assertThat(read.getMetaData()).containsEntry("user", "王伟");
        assertThat(read.getIdentifier()).isEqualTo(original.getIdentifier());
        assertThat(read.getTimestamp()).isEqualTo(original.getTimestamp());
        assertThat(read.getType()).isEqualTo("Test");
    }

    @Test
    void eventsStoredInAnOldShapeAreUpcastWhenReadAndTracked() {
        MongoEventStorageEngine engine = engine();
        long index = engine.reserveIndexes(1);
        Document old = EventDocuments.event(index, event("lead-1", 0), SERIALIZER, System.currentTimeMillis())
                                     .append(EventDocuments.PAYLOAD_REVISION, "1")
                                     .append(EventDocuments.PAYLOAD,
                                             "{\"aggregateId\":\"lead-1\",\"number\":0,\"txt\":\"written in 2025\"}");
        database.getCollection(MongoEventStorageEngine.EVENTS).insertOne(old);

        assertThat(engine.readEvents("lead-1").next().getPayload())
                .isEqualTo(new TestEvent("lead-1", 0, "written in 2025"));
        assertThat(engine.readEvents(null, false).map(message -> (Object) message.getPayload()).toList())
                .containsExactly(new TestEvent("lead-1", 0, "written in 2025"));
    }

    @Test
    void anEventPublishedOutsideAnAggregateIsTrackedToo() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(GenericEventMessage.asEventMessage(new TestEvent("none", 1, "loose")));

        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();

        assertThat(tracked).singleElement()
                           .satisfies(message -> assertThat(message.getPayload())
                                   .isEqualTo(new TestEvent("none", 1, "loose")));
    }

    @Test
    void twoConcurrentAppendsAtTheSameSequenceLetExactlyOneWin() throws Exception {
        MongoEventStorageEngine first = engine();
        MongoEventStorageEngine second = engine();
        first.appendEvents(events("lead-1", 0, 5));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (MongoEventStorageEngine writer : List.of(first, second)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        writer.appendEvents(event("lead-1", 5));
                        return true;
                    } catch (ConcurrencyException e) {
                        return false;
                    }
                }));
            }
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> outcome : outcomes) {
                won.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(won).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(first.readEvents("lead-1").asStream().count()).isEqualTo(6);
    }

    @Test
    void aConflictingBatchWritesNothing() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(events("lead-1", 0, 3));

        assertThatThrownBy(() -> engine.appendEvents(events("lead-1", 2, 4)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(engine.readEvents("lead-1").asStream().count()).isEqualTo(3);
    }

    @Test
    void anEventIdentifierStoredAlreadyIsRefusedForAnotherAggregateAsItsFirstEvent() {
        MongoEventStorageEngine engine = engine();
        DomainEventMessage<TestEvent> stored = EventStoreFixture.event("lead-1", 0);
        engine.appendEvents(stored);

        assertThatThrownBy(() -> engine.appendEvents(sameIdentifier(stored, "lead-2", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("lead-2").asStream().count()).isZero();
    }

    @Test
    void anEventIdentifierStoredAlreadyIsRefusedAtAnotherSequence() {
        MongoEventStorageEngine engine = engine();
        DomainEventMessage<TestEvent> stored = EventStoreFixture.event("lead-1", 0);
        engine.appendEvents(stored);

        assertThatThrownBy(() -> engine.appendEvents(sameIdentifier(stored, "lead-1", 1)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(engine.readEvents("lead-1").asStream().count()).isEqualTo(1);
    }

    private static DomainEventMessage<TestEvent> sameIdentifier(DomainEventMessage<TestEvent> stored, String aggregateId,
                                                               long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregateId, sequence,
                                               new TestEvent(aggregateId, sequence, "copy"), MetaData.emptyInstance(),
                                               stored.getIdentifier(), stored.getTimestamp());
    }

    @Test
    void severalWritersWhileTrackingDeliversEveryEventExactlyOnceInGlobalOrder() throws Exception {
        MongoEventStorageEngine engine = engine();
        int writers = 6;
        int aggregatesPerWriter = 20;
        int eventsPerAggregate = 10;
        int expected = writers * aggregatesPerWriter * eventsPerAggregate;
        TrackingReader reader = new TrackingReader(engine);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<?> reading = pool.submit(() -> reader.readUntil(expected, Duration.ofSeconds(60)));
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> writing = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writing.add(pool.submit(() -> {
                    go.await();
                    for (int seq = 0; seq < eventsPerAggregate; seq++) {
                        for (int a = 0; a < aggregatesPerWriter; a++) {
                            engine.appendEvents(event("w" + writer + "-a" + a, seq));
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> future : writing) {
                future.get(60, TimeUnit.SECONDS);
            }
            reading.get(90, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(reader.eventIds()).hasSize(expected).doesNotHaveDuplicates();
        int late = reader.assertGlobalOrderExceptForKnownGaps();
        System.out.printf("[%s] %d events, %d delivered late (after a higher index) as gap fills%n",
                          backendName(), expected, late);
        reader.assertEachAggregateInSequenceOrder();
    }

    @Test
    void aWriterThatStallsAfterReservingIsStillDelivered() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(event("before", 0));
        long stalled = engine.reserveIndexes(1);
        engine.appendEvents(event("after", 0));
        TrackingReader reader = new TrackingReader(engine);

        reader.readUntil(2, Duration.ofSeconds(10));
        assertThat(reader.lastToken().getGaps()).containsExactly(stalled);

        Instant resumeAt = Instant.now().plusSeconds(3);
        await().until(() -> Instant.now().isAfter(resumeAt));
        EventStoreFixture.insertAt(database, stalled, event("stalled", 0));

        reader.readUntil(3, Duration.ofSeconds(10));
        assertThat(reader.aggregates()).containsExactly("before", "after", "stalled");
        assertThat(reader.lastToken().getGaps()).isEmpty();
    }

    @Test
    void anIndexReservedButNeverWrittenIsGivenUpAfterTheGapTimeout() {
        MongoEventStorageEngine engine = engine(Duration.ofSeconds(1));
        long dead = engine.reserveIndexes(1);
        engine.appendEvents(event("after-dead", 0));
        TrackingReader reader = new TrackingReader(engine);

        reader.readUntil(1, Duration.ofSeconds(10));
        assertThat(reader.lastToken().getGaps()).containsExactly(dead);

        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            engine.appendEvents(event("later-" + System.nanoTime(), 0));
            reader.readAvailable();
            assertThat(reader.lastToken().getGaps()).doesNotContain(dead);
        });
        engine.appendEvents(event("last", 0));
        reader.readAvailable();
        assertThat(reader.aggregates()).startsWith("after-dead").endsWith("last");
    }

    @Test
    void aReaderIsNotStuckBehindMoreReservedIndexesThanOneBatch() {
        MongoEventStorageEngine engine = engine();
        engine.reserveIndexes(180);
        engine.appendEvents(event("beyond", 0));
        TrackingReader reader = new TrackingReader(engine);

        reader.readUntil(1, Duration.ofSeconds(10));

        assertThat(reader.aggregates()).containsExactly("beyond");
        assertThat(reader.lastToken().getIndex()).isEqualTo(180);
    }

    @Test
    void snapshotsAreStoredReadAndOnlyReplacedByNewerOnes() {
        MongoEventStorageEngine engine = engine();
        engine.appendEvents(events("lead-1", 0, 10));
        engine.storeSnapshot(event("lead-1", 7));
        engine.storeSnapshot(event("lead-1", 4));

        DomainEventStream stream = engineStore(engine).readEvents("lead-1");

        assertThat(engine.readSnapshot("lead-1")).get()
                                                  .extracting(DomainEventMessage::getSequenceNumber).isEqualTo(7L);
        assertThat(stream.asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(7L, 8L, 9L);
    }

    @Test
    void headTailAndTimeTokens() {
        MongoEventStorageEngine engine = engine();
        assertThat(engine.createHeadToken()).isEqualTo(GapAwareTrackingToken.newInstance(-1, Set.of()));
        engine.appendEvents(events("early", 0, 3));
        Instant between = Instant.now();
        await().until(() -> Instant.now().isAfter(between));
        engine.appendEvents(events("late", 0, 2));
        long inFlight = engine.reserveIndexes(1);

        assertThat(engine.createTailToken()).isEqualTo(GapAwareTrackingToken.newInstance(-1, Set.of()));
        assertThat(engine.createHeadToken()).isEqualTo(GapAwareTrackingToken.newInstance(4, Set.of()));
        TrackingToken atBetween = engine.createTokenAt(between);
        assertThat(engine.readEvents(atBetween, false).map(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier()))
                .containsExactly("late", "late");
        assertThat(engine.createTokenAt(Instant.now().plusSeconds(60)))
                .isEqualTo(GapAwareTrackingToken.newInstance(inFlight - 1, Set.of()));
    }

    private static org.axonframework.eventsourcing.eventstore.EmbeddedEventStore engineStore(
            MongoEventStorageEngine engine) {
        return org.axonframework.eventsourcing.eventstore.EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    /** Reads the store the way a tracking processor does: batch after batch from the last token. */
    static final class TrackingReader {

        private final MongoEventStorageEngine engine;
        private final List<TrackedEventMessage<?>> delivered = new CopyOnWriteArrayList<>();
        private final List<GapAwareTrackingToken> tokensBefore = new CopyOnWriteArrayList<>();
        private volatile GapAwareTrackingToken lastToken;

        TrackingReader(MongoEventStorageEngine engine) {
            this.engine = engine;
        }

        void readAvailable() {
            engine.readEvents(lastToken, false).forEach(message -> {
                tokensBefore.add(lastToken == null ? GapAwareTracking.tail() : lastToken);
                delivered.add(message);
                lastToken = (GapAwareTrackingToken) message.trackingToken();
            });
        }

        void readUntil(int count, Duration timeout) {
            await().ignoreExceptions().atMost(timeout).pollInterval(Duration.ofMillis(20)).until(() -> {
                readAvailable();
                return delivered.size() >= count;
            });
        }

        GapAwareTrackingToken lastToken() {
            return lastToken;
        }

        List<String> eventIds() {
            return delivered.stream().map(EventMessage::getIdentifier).toList();
        }

        List<String> aggregates() {
            return delivered.stream().map(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier()).toList();
        }

        /**
         * Each event either moves the token to a higher index than any before it, or fills a gap that the token
         * before it was waiting for; returns how many came late that way.
         */
        int assertGlobalOrderExceptForKnownGaps() {
            int late = 0;
            for (int i = 0; i < delivered.size(); i++) {
                GapAwareTrackingToken before = tokensBefore.get(i);
                GapAwareTrackingToken after = (GapAwareTrackingToken) delivered.get(i).trackingToken();
                if (after.getIndex() > before.getIndex()) {
                    assertThat(before.getGaps()).doesNotContain(after.getIndex());
                } else {
                    Set<Long> filled = new HashSet<>(before.getGaps());
                    filled.removeAll(after.getGaps());
                    assertThat(filled).as("event %d came late, so it must fill a gap", i).isNotEmpty();
                    late++;
                }
            }
            return late;
        }

        void assertEachAggregateInSequenceOrder() {
            Map<String, List<Long>> sequences = new HashMap<>();
            for (TrackedEventMessage<?> message : delivered) {
                DomainEventMessage<?> event = (DomainEventMessage<?>) message;
                sequences.computeIfAbsent(event.getAggregateIdentifier(), id -> new ArrayList<>())
                         .add(event.getSequenceNumber());
            }
            sequences.forEach((aggregate, seqs) -> assertThat(seqs).as(aggregate).isSorted());
        }
    }
}
