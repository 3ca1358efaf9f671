package org.zhaoshang.crm;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.zhaoshang.crm.storage.EmbeddedMongo;
import org.zhaoshang.crm.storage.StoreSocket;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** The store alone as a child JVM ({@code java -jar zhaoshang-crm.jar store-only}), as nodes and outages need it. */
public final class StoreProcess implements AutoCloseable {

    private final Process process;
    private final Path socket;

    private StoreProcess(Process process, Path socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts the store on this data directory (its socket there) and waits until it answers. */
    public static StoreProcess start(Path dataDir, String name) throws IOException {
        Path log = Path.of("target", name + ".log");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                AppProcess.JAR.toString(), "store-only", "--zhaoshang.data-dir=" + dataDir.toAbsolutePath()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        StoreProcess store = new StoreProcess(process,
                                              StoreSocket.of(dataDir));
        try (MongoClient client = MongoClients.create(store.uri())) {
            await().failFast("The store exited during start-up; see " + log, () -> !process.isAlive())
                   .atMost(Duration.ofSeconds(60)).ignoreExceptions()
                   .until(() -> client.getDatabase("admin").runCommand(new Document("ping", 1)) != null);
        }
        return store;
    }

    public String uri() {
        return EmbeddedMongo.connectionString(socket);
    }

    /** What nodes are given as {@code zhaoshang.store-socket}. */
    public Path socket() {
        return socket;
    }

    /** SIGKILL: whatever the store has not written to its file is gone. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
