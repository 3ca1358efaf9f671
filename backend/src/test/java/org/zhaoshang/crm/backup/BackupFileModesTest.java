package org.zhaoshang.crm.backup;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.eventstore.EventLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A backup holds the users' password hashes: its directory and files are readable by their owner alone. */
class BackupFileModesTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();
    @TempDir
    Path temp;

    @Test
    void theBackupDirectoryIsTheOwnersAloneAndSoIsEveryFileInIt() throws IOException {
        MongoDatabase database = store.database("modes");
        new EventLog(database).createSchema(0);
        database.getCollection(StoreCollections.COPIED.iterator().next()).insertOne(new Document("_id", "someone"));
        Path backup = temp.resolve("backups").resolve("today");

        new Backup(database, Duration.ofMillis(100)).writeTo(backup);

        assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(backup.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        List<Path> files;
        try (Stream<Path> listed = Files.list(backup)) {
            files = listed.toList();
        }
        assertThat(files).hasSizeGreaterThan(2).allSatisfy(file -> assertThat(Files.getPosixFilePermissions(file))
                .as(file.getFileName().toString()).isEqualTo(PosixFilePermissions.fromString("rw-------")));
    }
}
