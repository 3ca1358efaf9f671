package org.zhaoshang.crm.eventstore.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.eventstore.WriteDurability;
import org.zhaoshang.crm.storage.EmbeddedMongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Measures the event store on the embedded server (H2 MVStore file, commit before acknowledging, as the app runs):
 * the physical baseline (raw inserts of event-sized documents, committed the same way) against our engine's
 * appends, aggregate loads and a full tracking replay, at growing store sizes. Prints a markdown table and writes
 * it to target/benchmark/event-store.md.
 * <p>
 * Run: {@code mvn -q -pl backend -Pbenchmark test-compile exec:exec} (sizes: {@code -Dbenchmark.sizes=10000,100000}).
 */
public final class EventStoreBenchmark {

    private static final Serializer SERIALIZER = JacksonSerializer.builder()
                                                                  .objectMapper(new ObjectMapper().findAndRegisterModules())
                                                                  .build();
    private static final int ROUNDS = 5;
    private static final int APPENDS_ONE_THREAD = 2_000;
    private static final int THREADS = 8;
    private static final int APPENDS_PER_THREAD = 400;
    private static final int AGGREGATE_EVENTS = 50;
    private static final int AGGREGATES_PER_SIZE = 200;
    private static final int LOADS = 1_000;
    private static final int FILL_BATCH = 500;

    private final MongoEventStorageEngine engine;
    private final MongoCollection<Document> raw;
    private final WriteDurability durability;
    private final AtomicLong aggregateCounter = new AtomicLong();
    private static final AtomicLong RAW_IDS = new AtomicLong();
    private final List<String> fiftyEventAggregates = new ArrayList<>();
    private long stored;

    private EventStoreBenchmark(MongoDatabase database, WriteDurability durability) {
        this.durability = durability;
        this.engine = MongoEventStorageEngine.builder()
                                             .database(database)
                                             .eventSerializer(SERIALIZER)
                                             .snapshotSerializer(SERIALIZER)
                                             .durability(durability)
                                             .build();
        // the engine's write concern, so that both are acknowledged alike on a real MongoDB too
        this.raw = database.getCollection("raw_baseline").withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    }

    public static void main(String[] args) throws Exception {
        long[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000,1000000").split(","))
                             .mapToLong(size -> Long.parseLong(size.strip())).toArray();
        Path dir = Path.of("target", "benchmark");
        deleteRecursively(dir.resolve("store"));
        Files.createDirectories(dir);
        List<String> rows = new ArrayList<>();
        try (EmbeddedMongo store = EmbeddedMongo.start(dir.resolve("store"));
             MongoClient client = MongoClients.create(store.connectionString())) {
            new EventStoreBenchmark(client.getDatabase("warm_up"), store.groupCommit()).warmUp();
            EventStoreBenchmark benchmark = new EventStoreBenchmark(client.getDatabase("benchmark"),
                                                                    store.groupCommit());
            for (long size : sizes) {
                benchmark.growTo(size);
                rows.add(benchmark.measure());
                System.out.println(rows.get(rows.size() - 1));
            }
        }
        String table = String.join("\n", header(), String.join("\n", rows), legend());
        Files.writeString(dir.resolve("event-store.md"), table + "\n");
        System.out.println();
        System.out.println(table);
    }

    private static String header() {
        return """
                | stored events | raw insert ev/s (1 thr) | engine append ev/s (1 thr) | ratio | append p50/p95/p99 ms (1 thr) | raw insert ev/s (8 thr) | engine append ev/s (8 thr) | ratio | append p50/p95/p99 ms (8 thr) | load 50-event aggregate p50/p95 ms | full replay ev/s |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|""";
    }

    private static String legend() {
        return """

                Rates are medians of %d alternating rounds of raw inserts and engine appends. \
                One append = one command's event (about 400 bytes of JSON), committed to disk before it returns; \
                raw insert = the same document (fields and numeric _id as the engine stores it) inserted with the \
                same write concern into a collection with only its _id index, and committed the same way. Aggregate loads read all 50 events without a snapshot. The replay reads \
                every stored event from the tail with tracking tokens and deserializes each payload.""".formatted(ROUNDS);
    }

    /** Fills the event log (and the raw collection, for a fair baseline) in large batches, up to {@code size}. */
    private void growTo(long size) {
        long aggregatesHere = 0;
        while (stored < size) {
            int batch = (int) Math.min(FILL_BATCH, size - stored);
            List<DomainEventMessage<?>> events = new ArrayList<>(batch);
            if (aggregatesHere < AGGREGATES_PER_SIZE && batch == FILL_BATCH) {
                for (int i = 0; i < FILL_BATCH / AGGREGATE_EVENTS; i++) {
                    String id = "fifty-" + aggregateCounter.incrementAndGet();
                    fiftyEventAggregates.add(id);
                    for (int seq = 0; seq < AGGREGATE_EVENTS; seq++) {
                        events.add(event(id, seq));
                    }
                    aggregatesHere++;
                }
            } else {
                for (int i = 0; i < batch; i++) {
                    events.add(event("fill-" + aggregateCounter.incrementAndGet(), 0));
                }
            }
            engine.appendEvents(events);
            raw.insertMany(events.stream().map(EventStoreBenchmark::rawDocument).toList());
            stored += events.size();
        }
    }

    /** Lets the JIT compile both write paths and the readers (in a database of its own) before anything is timed. */
    private void warmUp() throws Exception {
        growTo(FILL_BATCH * 4L);
        for (int i = 0; i < 3; i++) {
            compare(1, APPENDS_ONE_THREAD);
            compare(THREADS, APPENDS_PER_THREAD);
            loadAggregates();
            replay();
        }
        System.out.println("warmed up with " + stored + " events");
    }

    /** Measures at the current size; the row names the events stored when it starts (writes add to it). */
    private String measure() throws Exception {
        long storedAtStart = stored;
        Comparison one = compare(1, APPENDS_ONE_THREAD);
        Comparison many = compare(THREADS, APPENDS_PER_THREAD);
        long[] loads = loadAggregates();
        double replay = replay();
        return String.format(Locale.ROOT, "| %,d | %s | %s | %s | %,.0f |",
                             storedAtStart, one.cells(), many.cells(), percentiles(loads, 50, 95), replay);
    }

    /**
     * Raw inserts and engine appends in alternating rounds, so that both see the same machine; rates are the
     * medians of the rounds, latencies those of every engine append.
     */
    private Comparison compare(int threads, int perThread) throws Exception {
        double[] raw = new double[ROUNDS];
        double[] engine = new double[ROUNDS];
        List<long[]> latencies = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            raw[round] = throughput(threads, perThread, i -> insertRaw());
            Run run = appends(threads, perThread);
            engine[round] = run.rate();
            latencies.add(run.latencies());
        }
        return new Comparison(median(raw), median(engine),
                              latencies.stream().flatMapToLong(Arrays::stream).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private record Comparison(double rawRate, double engineRate, long[] engineLatencies) {
        String cells() {
            return String.format(Locale.ROOT, "%,.0f | %,.0f | %.0f%% | %s", rawRate, engineRate,
                                 100 * engineRate / rawRate, percentiles(engineLatencies, 50, 95, 99));
        }
    }

    private void insertRaw() {
        raw.insertOne(rawDocument(event("raw-" + aggregateCounter.incrementAndGet(), 0)));
        durability.makeDurable();
    }

    /** Appends one event per call from {@code threads} threads, timing each call. */
    private Run appends(int threads, int perThread) throws Exception {
        long[] latencies = new long[threads * perThread];
        long start = System.nanoTime();
        runOnThreads(threads, thread -> {
            for (int i = 0; i < perThread; i++) {
                long before = System.nanoTime();
                engine.appendEvents(event("append-" + aggregateCounter.incrementAndGet(), 0));
                latencies[(int) thread * perThread + i] = System.nanoTime() - before;
            }
        });
        stored += latencies.length;
        return new Run(System.nanoTime() - start, latencies);
    }

    private record Run(long wallNanos, long[] latencies) {
        double rate() {
            return latencies.length / (wallNanos / 1e9);
        }
    }

    private double throughput(int threads, int perThread, LongConsumer operation) throws Exception {
        long start = System.nanoTime();
        runOnThreads(threads, thread -> {
            for (int i = 0; i < perThread; i++) {
                operation.accept(i);
            }
        });
        return threads * perThread / ((System.nanoTime() - start) / 1e9);
    }

    private static void runOnThreads(int threads, LongConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long thread = t;
                futures.add(pool.submit(() -> work.accept(thread)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private long[] loadAggregates() {
        long[] result = new long[LOADS];
        for (int i = 0; i < LOADS; i++) {
            String id = fiftyEventAggregates.get(ThreadLocalRandom.current().nextInt(fiftyEventAggregates.size()));
            long before = System.nanoTime();
            long count = engine.readEvents(id).asStream().map(DomainEventMessage::getPayload).count();
            result[i] = System.nanoTime() - before;
            if (count != AGGREGATE_EVENTS) {
                throw new IllegalStateException(id + " loaded " + count + " events, expected " + AGGREGATE_EVENTS);
            }
        }
        return result;
    }

    private double replay() {
        long start = System.nanoTime();
        long count;
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            count = events.map(TrackedEventMessage::getPayload).count();
        }
        if (count != stored) {
            throw new IllegalStateException("Replay saw " + count + " events, the store holds " + stored);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static String percentiles(long[] nanos, int... percentiles) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        List<String> values = new ArrayList<>();
        for (int percentile : percentiles) {
            int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
            values.add(String.format(Locale.ROOT, "%.2f", sorted[Math.max(0, index)] / 1e6));
        }
        return String.join(" / ", values);
    }

    private static DomainEventMessage<BenchmarkEvent> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Lead", aggregateId, sequence, BenchmarkEvent.sample(aggregateId));
    }

    /** The document the engine stores for this event (fields, order and values as EventDocuments lays them out). */
    private static Document rawDocument(DomainEventMessage<?> event) {
        SerializedObject<String> payload = event.serializePayload(SERIALIZER, String.class);
        return new Document("aggregateKey", event.getAggregateIdentifier() + '/' + event.getSequenceNumber())
                .append("aggregateId", event.getAggregateIdentifier())
                .append("seq", event.getSequenceNumber())
                .append("type", event.getType())
                .append("eventId", event.getIdentifier())
                .append("timestamp", event.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", event.serializeMetaData(SERIALIZER, String.class).getData())
                .append("_id", RAW_IDS.getAndIncrement())
                .append("storedAt", System.currentTimeMillis());
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
