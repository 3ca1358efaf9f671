package org.zhaoshang.crm.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.eventstore.EventLog;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup of an event log that writers append to meanwhile, on the embedded store, with the real engine. */
class ConsistentBackupTest {

    private static final Serializer SERIALIZER = JacksonSerializer.builder()
                                                                  .objectMapper(new ObjectMapper()
                                                                                        .findAndRegisterModules())
                                                                  .build();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();
    @TempDir
    Path temp;
    private MongoDatabase database;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void newStore() {
        database = store.database("consistent-" + DATABASES.incrementAndGet());
        engine = MongoEventStorageEngine.builder().database(database).eventSerializer(SERIALIZER)
                                        .snapshotSerializer(SERIALIZER).build();
    }

    @Test
    void aBackupTakenWhileCommandsAppendIsAGapFreePrefixWithEveryAggregateComplete() throws Exception {
        for (int aggregate = 0; aggregate < 30; aggregate++) {
            String id = "earlier-" + aggregate;
            engine.appendEvents(LongStream.range(0, 100).mapToObj(sequence -> event(id, sequence)).toList());
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            String prefix = "writer-" + writer + "-";
            running.add(CompletableFuture.runAsync(() -> appendUntilStopped(prefix, writing), writers));
        }
        Thread.sleep(300);
        Manifest manifest = new Backup(database, Duration.ofSeconds(5)).writeTo(temp.resolve("backup"));
        Thread.sleep(200);
        writing.set(false);
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        writers.shutdown();

        List<RawBsonDocument> events = events(temp.resolve("backup"));
        assertThat(manifest.givenUp()).isZero();
        assertThat(events).hasSize((int) manifest.lastIndex() + 1);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).getInt64(EventLog.GLOBAL_INDEX_FIELD).getValue()).isEqualTo(i);
        }
        assertThat(new EventLog(database).nextIndex()).as("appends went on after the backup started")
                                                      .isGreaterThan(manifest.lastIndex() + 1);
        Map<String, Long> nextSequence = new HashMap<>();
        for (RawBsonDocument event : events) {
            String aggregate = event.getString(EventLog.AGGREGATE_ID_FIELD).getValue();
            long sequence = event.getInt64(EventLog.SEQUENCE_FIELD).getValue();
            assertThat(sequence).as(aggregate).isEqualTo(nextSequence.getOrDefault(aggregate, 0L));
            nextSequence.put(aggregate, sequence + 1);
        }
        assertThat(nextSequence.keySet()).anyMatch(aggregate -> aggregate.startsWith("writer-"));
    }

    /** Each aggregate gets three appends of one to three events; a conflicting append leaves a reserved gap. */
    private void appendUntilStopped(String prefix, AtomicBoolean writing) {
        for (int aggregate = 0; writing.get(); aggregate++) {
            String id = prefix + aggregate;
            long sequence = 0;
            for (int append = 0; append < 3; append++) {
                int count = 1 + (aggregate + append) % 3;
                List<GenericDomainEventMessage<Noted>> batch = new ArrayList<>();
                for (int i = 0; i < count; i++, sequence++) {
                    batch.add(event(id, sequence));
                }
                engine.appendEvents(batch);
            }
        }
    }

    @Test
    void anIndexReservedBeforeTheBackupAndWrittenWhileItWaitsIsInIt() throws Exception {
        engine.appendEvents(event("before", 0));
        long reserved = reserveOne();
        engine.appendEvents(event("after", 0));
        CompletableFuture<Manifest> backup = CompletableFuture.supplyAsync(
                () -> new Backup(database, Duration.ofSeconds(10)).writeTo(temp.resolve("backup")));
        Thread.sleep(300);
        writeLate(reserved, "late");

        Manifest manifest = backup.get(20, TimeUnit.SECONDS);
        assertThat(manifest.lastIndex()).isEqualTo(2);
        assertThat(manifest.givenUp()).isZero();
        assertThat(events(temp.resolve("backup"))).extracting(event -> event.getString("aggregateId").getValue())
                                                  .containsExactly("before", "late", "after");
    }

    @Test
    void anIndexStillMissingAGapTimeoutAfterTheStartIsGivenUp() {
        engine.appendEvents(event("before", 0));
        reserveOne();
        engine.appendEvents(event("after", 0));
        Duration gapTimeout = Duration.ofMillis(500);

        long started = System.nanoTime();
        Manifest manifest = new Backup(database, gapTimeout).writeTo(temp.resolve("backup"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(gapTimeout);
        assertThat(manifest.lastIndex()).isEqualTo(2);
        assertThat(manifest.givenUp()).isEqualTo(1);
        assertThat(manifest.events()).isEqualTo(2);
    }

    @Test
    void aBackupGoesOnlyIntoANewOrEmptyDirectory() {
        engine.appendEvents(event("one", 0));
        new Backup(database, Duration.ZERO).writeTo(temp.resolve("backup"));

        assertThatThrownBy(() -> new Backup(database, Duration.ZERO).writeTo(temp.resolve("backup")))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("is not empty");
    }

    @Test
    void aConflictingAppendLeavesAGapThatTheBackupGivesUp() {
        engine.appendEvents(event("taken", 0), event("taken", 1));
        assertThatThrownBy(() -> engine.appendEvents(event("taken", 1))).isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(event("taken", 2));

        Manifest manifest = new Backup(database, Duration.ofMillis(100)).writeTo(temp.resolve("backup"));

        assertThat(manifest.lastIndex()).isEqualTo(3);
        assertThat(manifest.events()).isEqualTo(3);
        assertThat(manifest.givenUp()).isEqualTo(1);
    }

    /** What a writer does first: reserve an index (then it would insert its event under it). */
    private long reserveOne() {
        return database.getCollection(EventLog.COUNTERS)
                       .findOneAndUpdate(eq("_id", "events"), Updates.inc("next", 1L)).getLong("next");
    }

    /** What the writer of {@link #reserveOne} does at last: an event like any other, under the reserved index. */
    private void writeLate(long index, String aggregateId) {
        MongoCollection<Document> events = database.getCollection(EventLog.EVENTS);
        Document template = events.find().first();
        events.insertOne(new Document(template).append("_id", index).append("aggregateId", aggregateId)
                                               .append("aggregateKey", aggregateId + "/0")
                                               .append("eventId", aggregateId));
    }

    static List<RawBsonDocument> events(Path backup) {
        List<RawBsonDocument> events = new ArrayList<>();
        DocumentFile.forEach(backup.resolve(Backup.EVENTS_FILE), events::add);
        return events;
    }

    private static GenericDomainEventMessage<Noted> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregateId, sequence, new Noted(aggregateId, sequence));
    }

    record Noted(String aggregateId, long sequence) {
    }
}
