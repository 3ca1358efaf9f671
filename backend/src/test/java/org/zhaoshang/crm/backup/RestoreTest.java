package org.zhaoshang.crm.backup;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.eventstore.EventLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Restores on the embedded store: what is restored, and what is refused without changing anything. */
class RestoreTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();
    @TempDir
    Path temp;
    private Path backup;
    private Manifest manifest;

    @BeforeEach
    void backUpAStore() {
        MongoDatabase source = newDatabase();
        new EventLog(source).createSchema(0);
        source.getCollection(EventLog.COUNTERS).updateOne(eq("_id", "events"), new Document("$set", new Document(
                "next", 3L)));
        List<Document> events = new ArrayList<>();
        for (long index : new long[]{0, 2}) {
            events.add(new Document("_id", index).append("aggregateKey", "lead/" + index / 2)
                                                 .append("aggregateId", "lead").append("seq", index / 2)
                                                 .append("eventId", "event-" + index));
        }
        source.getCollection(EventLog.EVENTS).insertMany(events);
        source.getCollection(StoreCollections.TOKENS).insertMany(List.of(
                new Document("processorName", "read-models").append("segment", 0).append("owner", "node-1")
                                                            .append("token", new byte[]{1, 2}).append("tokenType", "Gap"),
                new Document("processorName", "__config").append("segment", 0).append("token", new byte[]{7})
                                                         .append("tokenType", "Config")));
        source.getCollection("users").insertOne(new Document("_id", "admin"));
        source.getCollection(StoreCollections.STORE_META).insertOne(new Document("_id", "schema").append("version", 1));
        backup = temp.resolve("backup");
        manifest = new Backup(source, Duration.ofMillis(50)).writeTo(backup);
    }

    @Test
    void restoresEventsAtTheirIndexesTheCounterAfterThemStateAndTokensWithoutPositions() {
        MongoDatabase target = newDatabase();

        new Restore(target).from(backup);

        assertThat(manifest.lastIndex()).isEqualTo(2);
        assertThat(target.getCollection(EventLog.EVENTS).find().map(event -> event.getLong("_id"))
                         .into(new ArrayList<>())).containsExactlyInAnyOrder(0L, 2L);
        assertThat(new EventLog(target).nextIndex()).isEqualTo(3);
        assertThat(target.getCollection("users").countDocuments()).isOne();
        Document segment = target.getCollection(StoreCollections.TOKENS).find(eq("processorName", "read-models"))
                                 .first();
        assertThat(segment.getInteger("segment")).isZero();
        assertThat(segment.get("token")).isNull();
        assertThat(segment.get("owner")).isNull();
        assertThat(target.getCollection(StoreCollections.TOKENS).find(eq("processorName", "__config")).first()
                         .get("token")).isNotNull();
    }

    /** Documents came with issue 19: a backup taken before has no files for their collections, and still restores. */
    @Test
    void restoresABackupTakenBeforeDocumentsExisted() throws IOException {
        List<BackupFile> older = manifest.files().stream()
                                         .filter(file -> !StoreCollections.DOCUMENTS.contains(file.collection()))
                                         .toList();
        for (BackupFile file : manifest.files()) {
            if (!older.contains(file)) {
                Files.delete(backup.resolve(file.name()));
            }
        }
        Files.delete(backup.resolve(Manifest.FILE_NAME));
        new Manifest(manifest.format(), manifest.application(), manifest.takenAt(), manifest.lastIndex(),
                     manifest.events(), manifest.givenUp(), manifest.storeLayout(), older).write(backup);
        MongoDatabase target = newDatabase();

        new Restore(target).from(backup);

        assertThat(target.getCollection("users").countDocuments()).isOne();
        assertThat(target.getCollection(EventLog.EVENTS).countDocuments()).isEqualTo(2);
    }

    @Test
    void refusesAStoreThatIsNotEmptyAndChangesNothing() {
        MongoDatabase target = newDatabase();
        target.getCollection("lead_summaries").insertOne(new Document("_id", "lead"));

        assertThatThrownBy(() -> new Restore(target).from(backup))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("not empty").hasMessageContaining("lead_summaries");
        assertThat(target.listCollectionNames().into(new ArrayList<>())).containsExactly("lead_summaries");
        assertThat(target.getCollection("lead_summaries").countDocuments()).isOne();
    }

    @Test
    void refusesADamagedFileAndChangesNothing() throws IOException {
        Path events = backup.resolve(Backup.EVENTS_FILE);
        byte[] bytes = Files.readAllBytes(events);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(events, bytes);
        MongoDatabase target = newDatabase();

        assertThatThrownBy(() -> new Restore(target).from(backup))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("does not match its checksum");
        assertThat(target.listCollectionNames().into(new ArrayList<>())).isEmpty();
    }

    @Test
    void theCommandLineSaysWhyInOneLineAndExitsWithOne() {
        MongoDatabase target = newDatabase();
        target.getCollection("users").insertOne(new Document("_id", "someone"));
        String uri = store.connectionString();

        BackupRestoreTest.CommandLine refused = BackupRestoreTest.CommandLine.run(
                "restore", "--from", backup.toString(), "--uri", uri, "--database", target.getName());
        BackupRestoreTest.CommandLine unfinished = BackupRestoreTest.CommandLine.run(
                "restore", "--from", temp.toString(), "--uri", uri, "--database", target.getName());
        BackupRestoreTest.CommandLine usage = BackupRestoreTest.CommandLine.run("backup", "--uri", uri);

        assertThat(refused.exitCode()).isOne();
        assertThat(refused.output()).startsWith("restore failed: The target store is not empty").hasLineCount(1);
        assertThat(unfinished.exitCode()).isOne();
        assertThat(unfinished.output()).contains("manifest.json is missing").hasLineCount(1);
        assertThat(usage.exitCode()).isOne();
        assertThat(usage.output()).contains("backup needs --to DIR").hasLineCount(1);
    }

    private static MongoDatabase newDatabase() {
        return store.database("restore-" + DATABASES.incrementAndGet());
    }
}
