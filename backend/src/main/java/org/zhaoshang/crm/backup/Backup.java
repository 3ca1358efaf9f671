package org.zhaoshang.crm.backup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.zhaoshang.crm.document.store.DocumentStore;
import org.zhaoshang.crm.eventstore.EventLog;
import org.zhaoshang.crm.storage.OwnerOnlyFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Writes a consistent backup of a store that may be in use: the event log up to a global index G, the token store
 * and the collections of state that no event records ({@link StoreCollections}).
 * <p>
 * G is one below the index counter as read when the backup starts: every lower index was reserved by then. A
 * reserved index that is not written yet belongs to an append in flight, which normally writes it within
 * milliseconds, so the backup waits for it; one still missing a gap timeout after the start belongs to a writer
 * stalled that long, or to an append that failed (a concurrent change of the same aggregate), and is given up, as
 * every tracking processor gives it up. So the backup is a prefix of the log without a hole a live reader would
 * fill, and no event of an aggregate is in it without the aggregate's earlier events: a command appends only after
 * it has read them.
 */
public final class Backup {

    static final String EVENTS_FILE = "events.bson.gz";
    /**
     * Indexes per read, as in a tracking read: an exact-key read the embedded server serves from its index. A plain
     * scan would be simpler, but that server collects every match in its memory before it sends the first batch.
     */
    private static final int WINDOW = 250;
    private static final int BATCH = 1_000;
    /** Chunks of a document per read: about 2 MB. */
    private static final int CHUNK_WINDOW = 8;
    private static final long POLL_MILLIS = 20;

    private final MongoDatabase database;
    private final Duration gapTimeout;

    /** @param gapTimeout how long the event store's tracking readers wait for a reserved index (the same setting) */
    public Backup(MongoDatabase database, Duration gapTimeout) {
        this.database = database;
        this.gapTimeout = gapTimeout;
    }

    public Manifest writeTo(Path directory) {
        prepare(directory);
        Instant takenAt = Instant.now();
        long deadline = System.nanoTime() + gapTimeout.toNanos();
        long next = new EventLog(database).nextIndex();
        List<BackupFile> files = new ArrayList<>();
        EventCount count = copyEvents(next, deadline, directory, files);
        files.add(copy(StoreCollections.TOKENS, directory));
        StoreCollections.COPIED.forEach(collection -> files.add(copy(collection, directory)));
        StoreCollections.COPIED_SINCE_LATER.forEach(collection -> files.add(copy(collection, directory)));
        files.addAll(copyDocuments(directory));
        Manifest manifest = new Manifest(Manifest.FORMAT, applicationVersion(), takenAt, next - 1, count.events(),
                                         count.givenUp(), storeLayout(database), files);
        manifest.write(directory);
        return manifest;
    }

    private static void prepare(Path directory) {
        try {
            if (Files.isDirectory(directory)) {
                try (var entries = Files.list(directory)) {
                    if (entries.findAny().isPresent()) {
                        throw new BackupRefusedException("The directory " + directory + " is not empty: back up into "
                                                         + "a new or an empty one");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + directory, e);
        }
        // it holds the users' password hashes: the owner's alone, as the store is
        OwnerOnlyFiles.directory(directory);
    }

    private EventCount copyEvents(long next, long deadline, Path directory, List<BackupFile> files) {
        MongoCollection<RawBsonDocument> events = database.getCollection(StoreCollections.EVENTS,
                                                                         RawBsonDocument.class);
        long givenUp = 0;
        try (DocumentFile.Writer out = DocumentFile.create(directory.resolve(EVENTS_FILE))) {
            for (long start = 0; start < next; start += WINDOW) {
                SortedSet<Long> window = new TreeSet<>();
                LongStream.range(start, Math.min(next, start + WINDOW)).forEach(window::add);
                SortedMap<Long, RawBsonDocument> found = find(events, window);
                window.removeAll(found.keySet());
                while (!window.isEmpty() && System.nanoTime() < deadline) {
                    pause();
                    SortedMap<Long, RawBsonDocument> late = find(events, window);
                    found.putAll(late);
                    window.removeAll(late.keySet());
                }
                givenUp += window.size();
                found.values().forEach(out::write);
            }
            BackupFile file = out.finish(StoreCollections.EVENTS);
            files.add(file);
            return new EventCount(file.documents(), givenUp);
        }
    }

    private static SortedMap<Long, RawBsonDocument> find(MongoCollection<RawBsonDocument> events,
                                                         SortedSet<Long> indexes) {
        SortedMap<Long, RawBsonDocument> found = new TreeMap<>();
        for (RawBsonDocument event : events.find(in(EventLog.GLOBAL_INDEX_FIELD, indexes)).batchSize(BATCH)) {
            found.put(event.getInt64(EventLog.GLOBAL_INDEX_FIELD).getValue(), event);
        }
        return found;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupRefusedException("The backup was interrupted");
        }
    }

    private BackupFile copy(String collection, Path directory) {
        try (DocumentFile.Writer out = DocumentFile.create(directory.resolve(collection + ".bson.gz"))) {
            database.getCollection(collection, RawBsonDocument.class).find().batchSize(BATCH).forEach(out::write);
            return out.finish(collection);
        }
    }

    /**
     * The documents' records, the leads' lists, then the chunks of each recorded document read by exact key, a few
     * at a time: a plain scan of the chunks would make the embedded server hold all of them in memory at once.
     */
    private List<BackupFile> copyDocuments(Path directory) {
        List<BackupFile> files = new ArrayList<>();
        List<RecordedDocument> recorded = new ArrayList<>();
        try (DocumentFile.Writer out = DocumentFile.create(directory.resolve(DocumentStore.RECORDS + ".bson.gz"))) {
            database.getCollection(DocumentStore.RECORDS, RawBsonDocument.class).find().batchSize(BATCH)
                    .forEach(record -> {
                        out.write(record);
                        recorded.add(new RecordedDocument(record.getString("_id").getValue(),
                                                          record.getNumber("size").longValue(),
                                                          record.getNumber("chunkBytes").intValue()));
                    });
            files.add(out.finish(DocumentStore.RECORDS));
        }
        files.add(copy(DocumentStore.BY_LEAD, directory));
        MongoCollection<RawBsonDocument> chunks = database.getCollection(DocumentStore.CHUNKS, RawBsonDocument.class);
        try (DocumentFile.Writer out = DocumentFile.create(directory.resolve(DocumentStore.CHUNKS + ".bson.gz"))) {
            for (RecordedDocument document : recorded) {
                List<String> ids = DocumentStore.chunkIds(document.id(), document.size(), document.chunkBytes());
                for (int from = 0; from < ids.size(); from += CHUNK_WINDOW) {
                    List<String> window = ids.subList(from, Math.min(ids.size(), from + CHUNK_WINDOW));
                    Map<String, RawBsonDocument> found = new HashMap<>();
                    chunks.find(in("_id", window)).forEach(chunk -> found.put(chunk.getString("_id").getValue(),
                                                                               chunk));
                    for (String id : window) {
                        if (!found.containsKey(id)) {
                            throw new BackupRefusedException("The store is damaged: document " + document.id()
                                                             + " lacks its chunk " + id + ". Nothing was backed up.");
                        }
                        out.write(found.get(id));
                    }
                }
            }
            files.add(out.finish(DocumentStore.CHUNKS));
        }
        return files;
    }

    /** The layout version that {@code storage.StoreSchema} keeps in {@code store_meta}; 0 in a store without one. */
    static int storeLayout(MongoDatabase database) {
        Document schema = database.getCollection(StoreCollections.STORE_META).find(eq("_id", "schema")).first();
        return schema == null ? 0 : schema.getInteger("version", 0);
    }

    /** The version of the packaged application (from Spring Boot's build info), or "unknown" outside the jar. */
    static String applicationVersion() {
        try (InputStream in = Backup.class.getClassLoader().getResourceAsStream("META-INF/build-info.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties buildInfo = new Properties();
            buildInfo.load(in);
            return buildInfo.getProperty("build.version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private record RecordedDocument(String id, long size, int chunkBytes) {
    }

    private record EventCount(long events, long givenUp) {
    }
}
