package org.zhaoshang.crm.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Backup and restore as an operator runs them, with the packaged application: a backup of the running demo store
 * from the command line, a restore into a new data directory, the application started on it, and the read models it
 * rebuilds compared with the original ones by the {@code checksum} command.
 */
class BackupRestoreIT {

    @TempDir
    Path temp;

    @Test
    void aBackupOfTheRunningApplicationRestoresToEqualReadModels() throws Exception {
        Path original = temp.resolve("original");
        Path backup = temp.resolve("backup");
        Path restored = temp.resolve("restored");
        String originalChecksum;
        try (AppProcess app = AppProcess.startDemo(original, "backup-original")) {
            awaitReadModelsCaughtUp(app);
            AppProcess.Finished backedUp = AppProcess.run("backup", "--to", backup.toString(),
                                                          "--data-dir", original.toString());
            assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
            assertThat(backedUp.output()).contains("Backed up the running application's store");
            originalChecksum = readModelsLine(AppProcess.run("checksum", "--data-dir", original.toString()));
        }

        AppProcess.Finished restoredRun = AppProcess.run("restore", "--from", backup.toString(),
                                                         "--data-dir", restored.toString());
        assertThat(restoredRun.exitCode()).as(restoredRun.output()).isZero();
        AppProcess.Finished again = AppProcess.run("restore", "--from", backup.toString(),
                                                   "--data-dir", restored.toString());
        assertThat(again.exitCode()).isOne();
        assertThat(again.output().strip()).startsWith("restore failed: The target store is not empty")
                                          .doesNotContain("Exception").hasLineCount(1);

        try (AppProcess app = AppProcess.start(restored, "backup-restored")) {
            awaitReadModelsCaughtUp(app);
        }
        assertThat(readModelsLine(AppProcess.run("checksum", "--data-dir", restored.toString())))
                .isEqualTo(originalChecksum);
    }

    /** Signs in as the demo administrator, whom the restore brings back with the store. */
    private static void awaitReadModelsCaughtUp(AppProcess app) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest statuses = HttpRequest.newBuilder(app.uri("/api/admin/projections"))
                                          .header("Authorization", AppProcess.basic("admin", "demo")).build();
        ObjectMapper json = new ObjectMapper();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            HttpResponse<String> response = client.send(statuses, HttpResponse.BodyHandlers.ofString());
            List<Boolean> caughtUp = new ArrayList<>();
            for (JsonNode projection : json.readTree(response.body()).get("projections")) {
                caughtUp.add(!projection.get("rebuilding").asBoolean()
                             && projection.get("position").asLong() >= projection.get("head").asLong());
            }
            return response.statusCode() == 200 && !caughtUp.isEmpty() && !caughtUp.contains(false);
        });
    }

    private static String readModelsLine(AppProcess.Finished checksum) {
        assertThat(checksum.exitCode()).as(checksum.output()).isZero();
        return checksum.output().lines().filter(line -> line.startsWith("read models")).findFirst().orElseThrow();
    }
}
