package org.zhaoshang.crm.backup;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhaoshang.crm.BackendTestApplication;
import org.zhaoshang.crm.document.api.DocumentInfo;
import org.zhaoshang.crm.document.api.DocumentKind;
import org.zhaoshang.crm.document.store.DocumentStore;
import org.zhaoshang.crm.document.store.NewDocument;
import org.zhaoshang.crm.eventstore.EventLog;
import org.zhaoshang.crm.projection.ProjectionRebuilds;
import org.zhaoshang.crm.projection.ProjectionStatus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole round trip with the real application on the embedded store: demo data written by the real commands,
 * a backup through the command line while the application runs, a restore into a new data directory, and the
 * application started on it, which rebuilds every read model equal to the original.
 */
class BackupRestoreTest {

    @TempDir
    static Path temp;
    private static ConfigurableApplicationContext original;
    private static ReadModelChecksum originalReadModels;
    /** A bank receipt of three chunks, stored in the original store: it must come back byte for byte. */
    private static final byte[] RECEIPT = receipt();
    private static DocumentInfo receipt;

    @BeforeAll
    static void runTheApplicationWithDemoData() {
        original = start(temp.resolve("original"), true);
        receipt = original.getBean(DocumentStore.class).store(
                new NewDocument("backed-up-lead", "银行回单.pdf", DocumentKind.BANK_RECEIPT, true, "staff"),
                new ByteArrayInputStream(RECEIPT));
        awaitReadModelsCaughtUp(original);
        originalReadModels = ReadModelChecksum.of(original.getBean(MongoDatabase.class));
    }

    @AfterAll
    static void stop() {
        original.close();
    }

    @Test
    void aRestoredStoreRebuildsReadModelsEqualToTheOriginalOnes() {
        Path backup = temp.resolve("backup");
        CommandLine backedUp = CommandLine.run("backup", "--to", backup.toString(),
                                               "--data-dir", temp.resolve("original").toString());
        assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
        assertThat(backedUp.output()).contains("the running application's store");
        Manifest manifest = Manifest.read(backup);
        assertThat(manifest.events()).isPositive();
        assertThat(manifest.lastIndex()).isEqualTo(manifest.events() + manifest.givenUp() - 1);
        assertThat(manifest.file("users").documents()).isPositive();
        assertThat(manifest.file(StoreCollections.TOKENS).documents()).isPositive();

        Path restored = temp.resolve("restored");
        CommandLine restoredRun = CommandLine.run("restore", "--from", backup.toString(),
                                                  "--data-dir", restored.toString());
        assertThat(restoredRun.exitCode()).as(restoredRun.output()).isZero();

        try (ConfigurableApplicationContext app = start(restored, false)) {
            MongoDatabase database = app.getBean(MongoDatabase.class);
            assertThat(new EventLog(database).nextIndex()).isEqualTo(manifest.lastIndex() + 1);
            awaitReadModelsCaughtUp(app);
            assertThat(app.getBean(ProjectionRebuilds.class).statuses().projections())
                    .allSatisfy(status -> assertThat(status.position()).isEqualTo(manifest.lastIndex()));
            ReadModelChecksum rebuilt = ReadModelChecksum.of(database);
            assertThat(rebuilt.collections()).isEqualTo(originalReadModels.collections());
            assertThat(rebuilt.total()).isEqualTo(originalReadModels.total());
            assertThat(originalReadModels.collections().get("lead_summaries").documents()).isPositive();

            DocumentStore documents = app.getBean(DocumentStore.class);
            assertThat(documents.find(receipt.id())).contains(receipt);
            assertThat(documents.ofLead("backed-up-lead")).containsExactly(receipt);
            try (InputStream restoredBytes = documents.open(receipt)) {
                assertThat(restoredBytes.readAllBytes()).isEqualTo(RECEIPT);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        // the receipt's three chunks and the demo's evidence (the signed projects' tiny documents, a chunk each)
        assertThat(manifest.file(DocumentStore.CHUNKS).documents())
                .isEqualTo(original.getBean(MongoDatabase.class).getCollection(DocumentStore.CHUNKS).countDocuments())
                .isGreaterThan(3);
    }

    @Test
    void everyCollectionTheApplicationWritesHasADecisionForBackups() {
        List<String> collections = original.getBean(MongoDatabase.class).listCollectionNames()
                                           .into(new ArrayList<>());
        assertThat(StoreCollections.all()).containsAll(collections);
    }

    @Test
    void theChecksumCommandPrintsTheReadModelsChecksum() {
        CommandLine checksum = CommandLine.run("checksum", "--data-dir", temp.resolve("original").toString());
        assertThat(checksum.exitCode()).isZero();
        assertThat(checksum.output()).contains(originalReadModels.total());
    }

    private static byte[] receipt() {
        byte[] receipt = new byte[600 * 1024];
        new Random(19).nextBytes(receipt);
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, receipt, 0, 9);
        return receipt;
    }

    private static ConfigurableApplicationContext start(Path dataDir, boolean demoData) {
        return new SpringApplicationBuilder(BackendTestApplication.class)
                .run("--zhaoshang.data-dir=" + dataDir,
                     "--zhaoshang.demo-data=" + demoData,
                     "--zhaoshang.demo-leads=40",
                     "--spring.main.web-application-type=none",
                     "--logging.level.root=WARN");
    }

    private static void awaitReadModelsCaughtUp(ConfigurableApplicationContext app) {
        ProjectionRebuilds projections = app.getBean(ProjectionRebuilds.class);
        await().atMost(Duration.ofSeconds(60)).until(
                () -> projections.statuses().projections().stream().allMatch(ProjectionStatus::caughtUp));
    }

    /** The command line as the packaged application runs it, with its exit code and everything it printed. */
    record CommandLine(int exitCode, String output) {

        static CommandLine run(String... args) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
            int exitCode = BackupCommandLine.run(args, Map.of(), out, out);
            return new CommandLine(exitCode, printed.toString(StandardCharsets.UTF_8));
        }
    }
}
