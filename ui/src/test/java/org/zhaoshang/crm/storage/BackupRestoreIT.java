package org.zhaoshang.crm.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Backup and restore as an operator runs them, with the packaged application: a backup of the running demo store
 * from the command line, a restore into a new data directory, the application started on it, and the read models it
 * rebuilds compared with the original ones by the {@code checksum} command; a document uploaded before the backup
 * downloads byte for byte from the restored application.
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
        byte[] receipt = receipt();
        String documentId;
        try (AppProcess app = AppProcess.startDemo(original, "backup-original")) {
            awaitReadModelsCaughtUp(app);
            documentId = upload(app, receipt, "到资银行回单.pdf");
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
            HttpResponse<byte[]> downloaded = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(app.uri("/api/documents/" + documentId))
                               .header("Authorization", AppProcess.basic("manager", "demo")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(downloaded.statusCode()).isEqualTo(200);
            assertThat(downloaded.body()).isEqualTo(receipt);
            assertThat(downloaded.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("filename*=UTF-8''%E5%88%B0%E8%B5%84");
        }
        assertThat(readModelsLine(AppProcess.run("checksum", "--data-dir", restored.toString())))
                .isEqualTo(originalChecksum);
    }

    /** Uploads the document to the first demo lead as the demo manager; its id. */
    private static String upload(AppProcess app, byte[] content, String name) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String manager = AppProcess.basic("manager", "demo");
        ObjectMapper json = new ObjectMapper();
        String leadId = json.readTree(client.send(HttpRequest.newBuilder(app.uri("/api/leads?size=1"))
                                                             .header("Authorization", manager).build(),
                                                  HttpResponse.BodyHandlers.ofString()).body())
                            .get("leads").get(0).get("leadId").asText();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"leadId\"\r\n\r\n" + leadId + "\r\n"
                         + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                         + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(content);
        form.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = client.send(
                HttpRequest.newBuilder(app.uri("/api/documents")).header("Authorization", manager)
                           .header("Content-Type", "multipart/form-data; boundary=b")
                           .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asText();
    }

    /** A bank receipt of three chunks. */
    private static byte[] receipt() {
        byte[] receipt = new byte[700 * 1024];
        new Random(19).nextBytes(receipt);
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, receipt, 0, 9);
        return receipt;
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
