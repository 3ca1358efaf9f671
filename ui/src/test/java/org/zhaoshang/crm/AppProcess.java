package org.zhaoshang.crm;

import org.zhaoshang.crm.storage.EmbeddedMongo;
import org.zhaoshang.crm.storage.StoreSocket;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** The packaged application started as a child JVM, as an operator would run it, and killed like a crash. */
public final class AppProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "zhaoshang-crm.jar");
    /** The first administrator of a store without demo data, as an operator would create it. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Operator-pass-1";

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static AppProcess start(Path dataDir, String name) throws IOException {
        return start(dataDir, name, "512m", List.of("--zhaoshang.demo-data=false",
                                                                  "--zhaoshang.admin-user=" + ADMIN,
                                                                  "--zhaoshang.admin-password=" + ADMIN_PASSWORD),
                     STARTUP);
    }

    /** The application on a new embedded demo store: demo users (password demo) and a few demo leads. */
    public static AppProcess startDemo(Path dataDir, String name) throws IOException {
        return start(dataDir, name, "512m", List.of("--zhaoshang.demo-leads=40"), STARTUP);
    }

    /**
     * The application on an embedded demo store (new, or as an earlier start left it) with these options after the
     * defaults, e.g. {@code --zhaoshang.clock-ahead=2} to move its days ahead (issue 20's journey).
     */
    public static AppProcess startDemo(Path dataDir, String name, List<String> options) throws IOException {
        List<String> all = new ArrayList<>(List.of("--zhaoshang.demo-leads=40"));
        all.addAll(options);
        return start(dataDir, name, "512m", all, STARTUP);
    }

    /**
     * The application on an embedded demo store with this many demo leads (made when the store is new, which takes
     * a while for thousands), with this much heap.
     */
    public static AppProcess startDemo(Path dataDir, String name, int leads, String heap) throws IOException {
        return start(dataDir, name, heap, List.of("--zhaoshang.demo-leads=" + leads), Duration.ofMinutes(30));
    }

    /**
     * The application on a store of its own process ({@link StoreProcess}), as one of several nodes sharing it.
     * Options follow the defaults; the demo data is only for the first node on a new store.
     */
    public static AppProcess startOn(StoreProcess store, String name, List<String> options) throws IOException {
        List<String> all = new ArrayList<>(List.of("--zhaoshang.store-socket=" + store.socket()));
        all.addAll(options);
        return start(Path.of("target", name + "-unused-data"), name, "512m", all, STARTUP);
    }

    /** The connection string of the embedded store of an application running on this data directory. */
    public static String storeUri(Path dataDir) {
        return EmbeddedMongo.connectionString(StoreSocket.of(dataDir));
    }

    private static AppProcess start(Path dataDir, String name, String heap, List<String> options,
                                    Duration startUp) throws IOException {
        int port = freePort();
        Path log = Path.of("target", name + ".log");
        List<String> command = new ArrayList<>(List.of(
                java(), "-Xmx" + heap, "-jar", jar(),
                "--server.port=" + port,
                "--zhaoshang.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(options);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                                                     .redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, port, log);
        app.awaitHealthy(startUp);
        return app;
    }

    /** The packaged application run as a one-off command (backup, restore, checksum), to its end. */
    public static Finished run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        return new Finished(process.exitValue(), output);
    }

    /** A command's exit code and everything it printed. */
    public record Finished(int exitCode, String output) {
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jar() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the tests with `mvn verify`");
        }
        return JAR.toString();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealthy(Duration startUp) {
        HttpClient client = HttpClient.newHttpClient();
        await().failFast("The application exited during start-up; see " + log, () -> !process.isAlive())
               .atMost(startUp).pollInterval(Duration.ofMillis(250)).until(() -> {
            try {
                return client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                                   HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException notYetListening) {
                return false;
            }
        });
    }

    /** The value of an {@code Authorization} header for HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no flush, no close. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
