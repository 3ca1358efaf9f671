package org.zhaoshang.crm.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.RawBsonDocument;
import org.zhaoshang.crm.backup.Backup;
import org.zhaoshang.crm.backup.Manifest;
import org.zhaoshang.crm.backup.Restore;
import org.zhaoshang.crm.eventstore.EventLog;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.eventstore.benchmark.BenchmarkEvent;
import org.zhaoshang.crm.storage.EmbeddedMongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Times a backup and a restore of an event log of a million events on the embedded store, with, in the same run, the
 * baseline of a plain full read of the events collection. The store is filled once (through the engine's appends,
 * one aggregate of 50 events per append, events shaped like a lead's) and reused by later runs. Prints a markdown
 * table and writes it to target/benchmark/backup.md.
 * <p>
 * Run: {@code mvn -q -pl backend -Pbackup-benchmark test-compile exec:exec} (size: {@code -Dbenchmark.events=…}).
 */
public final class BackupBenchmark {

    private static final Serializer SERIALIZER = JacksonSerializer.builder()
                                                                  .objectMapper(new ObjectMapper()
                                                                                        .findAndRegisterModules())
                                                                  .build();
    private static final int AGGREGATE_EVENTS = 50;
    private static final int FILL_APPENDS = 20;

    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(System.getProperty("benchmark.events", "1000000"));
        Path dir = Path.of("target", "benchmark");
        Path source = dir.resolve("backup-store-" + size);
        Path backup = dir.resolve("backup-files");
        Path target = dir.resolve("restore-store");
        deleteRecursively(backup);
        deleteRecursively(target);
        BackupBenchmark benchmark = new BackupBenchmark();
        try (EmbeddedMongo store = EmbeddedMongo.start(source);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("zhaoshang");
            fill(database, size);
            long bytes = benchmark.time("Baseline: full read of the events collection (raw BSON)", size,
                                        () -> readAll(database));
            benchmark.rows.add(String.format(Locale.ROOT, "| (bytes read: %,d MB) | | |", bytes >> 20));
            Manifest manifest = benchmark.time("Backup: events up to G, tokens, state; gzip + SHA-256", size,
                                               () -> new Backup(database, Duration.ofSeconds(15)).writeTo(backup));
            require(manifest.events() == size, "backed up " + manifest.events() + " events");
        }
        try (EmbeddedMongo store = EmbeddedMongo.start(target);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("zhaoshang");
            benchmark.time("Restore into an empty store: verify checksums, insert, counter", size,
                           () -> new Restore(database).from(backup));
            require(database.getCollection(EventLog.EVENTS).countDocuments() == size, "restored a wrong count");
            require(new EventLog(database).nextIndex() == size, "restored a wrong counter");
        }
        String table = benchmark.table(size, sizeOf(backup), sizeOf(source));
        System.out.println(table);
        Files.writeString(dir.resolve("backup.md"), table);
        deleteRecursively(target);
    }

    /** Appends through the real engine until the log holds {@code size} events (once; later runs reuse it). */
    private static void fill(MongoDatabase database, long size) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database)
                                                                .eventSerializer(SERIALIZER)
                                                                .snapshotSerializer(SERIALIZER).build();
        long stored = new EventLog(database).nextIndex();
        if (stored < size) {
            System.out.printf("Filling the store to %,d events (once; later runs reuse it)%n", size);
        }
        while (stored < size) {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            for (int aggregate = 0; aggregate < FILL_APPENDS && stored + events.size() < size; aggregate++) {
                String id = "lead-" + (stored + events.size());
                for (int sequence = 0; sequence < AGGREGATE_EVENTS && stored + events.size() < size; sequence++) {
                    events.add(new GenericDomainEventMessage<>("Lead", id, sequence, BenchmarkEvent.sample(id)));
                }
            }
            engine.appendEvents(events);
            stored += events.size();
        }
    }

    private static long readAll(MongoDatabase database) {
        long bytes = 0;
        for (RawBsonDocument event : database.getCollection(EventLog.EVENTS, RawBsonDocument.class).find()
                                             .batchSize(1_000)) {
            bytes += event.getByteBuffer().remaining();
        }
        return bytes;
    }

    private <T> T time(String name, long events, Supplier<T> step) {
        long started = System.nanoTime();
        T result = step.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        rows.add(String.format(Locale.ROOT, "| %s | %.1f | %,.0f |", name, seconds, events / seconds));
        System.out.println(rows.get(rows.size() - 1));
        return result;
    }

    private String table(long size, long backupBytes, long storeBytes) {
        return String.format(Locale.ROOT, "%,d events on the embedded store (store file %,d MB, backup files %,d MB)%n%n"
                                          + "| step | seconds | events/s |%n|---|---:|---:|%n%s%n", size,
                             storeBytes >> 20, backupBytes >> 20, String.join("\n", rows));
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
