package org.zhaoshang.crm.storage;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded store is the application's alone: no TCP port, a data directory only its user may enter, files
 * only its user may read, and another local user reaches neither the store nor its file (issue 15).
 */
class StoreAccessTest {

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    /** State of a listening socket in /proc/net/tcp. */
    private static final String LISTEN = "0A";

    @TempDir
    Path temp;

    @Test
    void theDataDirectoryAndEverythingInItAreTheOwnersAlone() throws IOException {
        Path dataDir = temp.resolve("data");
        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir)) {
            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(OWNER_ONLY_DIRECTORY);
            assertThat(Files.getPosixFilePermissions(store.file())).isEqualTo(OWNER_ONLY_FILE);
            assertThat(modes(dataDir)).isNotEmpty().allSatisfy((name, mode) -> assertThat(mode).as(name)
                                                                                     .isEqualTo(OWNER_ONLY_FILE));
        }
        assertThat(modes(dataDir)).allSatisfy((name, mode) -> assertThat(mode).as(name).isEqualTo(OWNER_ONLY_FILE));
    }

    @Test
    void looserModesLeftFromBeforeAreTightenedOnStart() throws IOException {
        Path dataDir = temp.resolve("data");
        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir)) {
            store.groupCommit().makeDurable();
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dataDir.resolve(EmbeddedMongo.FILE_NAME),
                                      PosixFilePermissions.fromString("rw-r--r--"));

        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir)) {
            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(OWNER_ONLY_DIRECTORY);
            assertThat(Files.getPosixFilePermissions(store.file())).isEqualTo(OWNER_ONLY_FILE);
        }
    }

    @Test
    void theStoreListensOnNoTcpPort() throws IOException {
        Set<String> listeningBefore = tcpSocketsListeningInThisProcess();
        try (EmbeddedMongo store = EmbeddedMongo.start(temp.resolve("data"))) {
            assertThat(tcpSocketsListeningInThisProcess()).isEqualTo(listeningBefore);
            assertThat(store.connectionString()).doesNotContain("127.0.0.1").doesNotContain("localhost");
        }
    }

    @Test
    void aDataDirectoryTooLongForASocketInItListensInAPrivateShortDirectory() throws Exception {
        Path dataDir = temp.resolve("d".repeat(120));

        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir)) {
            Path socket = store.socket();
            assertThat(socket).isEqualTo(StoreSocket.of(dataDir)).isNotEqualTo(dataDir.resolve(StoreSocket.FILE_NAME));
            assertThat(socket.toString().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(107);
            assertThat(Files.getPosixFilePermissions(socket.getParent())).isEqualTo(OwnerOnlyFiles.DIRECTORY);
            try (MongoClient client = MongoClients.create(store.connectionString())) {
                assertThat(client.getDatabase("any").runCommand(new Document("ping", 1)).get("ok")).isNotNull();
            }
        }
        assertThat(StoreSocket.of(dataDir).getParent()).doesNotExist();
    }

    @Test
    void aShortSocketDirectoryThatIsALinkIsRefused() throws Exception {
        Path dataDir = temp.resolve("e".repeat(120));
        Path shortDirectory = StoreSocket.of(dataDir).getParent();
        Files.createSymbolicLink(shortDirectory, Files.createDirectory(temp.resolve("elsewhere")));
        try {
            assertThatThrownBy(() -> EmbeddedMongo.start(dataDir)).isInstanceOf(IllegalStateException.class)
                                                                  .hasMessageContaining("link");
        } finally {
            Files.delete(shortDirectory);
        }
    }

    /** Run as root only, where the test can act as the user nobody; the data directory's parent is open to all. */
    @Test
    void anotherLocalUserReachesNeitherTheStoreNorItsFile() throws Exception {
        Path setpriv = Path.of("/usr/bin/setpriv");
        Path python = Path.of("/usr/bin/python3");
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(setpriv)
                   && Files.isExecutable(python), "needs root, setpriv and python3 to act as another user");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dataDir = temp.resolve("data");
        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir)) {
            String target = new ConnectionString(store.connectionString()).getHosts().get(0);
            String attempts = """
                    import socket, sys
                    target, store_file = sys.argv[1], sys.argv[2]
                    reached = []
                    try:
                        if target.endswith('.sock'):
                            s = socket.socket(socket.AF_UNIX); s.connect(target)
                        else:
                            host, port = target.rsplit(':', 1); s = socket.create_connection((host, int(port)))
                        reached.append('store')
                    except OSError:
                        pass
                    try:
                        open(store_file, 'rb').read(1); reached.append('file')
                    except OSError:
                        pass
                    print('reached:' + ','.join(reached))
                    """;
            Process nobody = new ProcessBuilder(setpriv.toString(), "--reuid=65534", "--regid=65534",
                                                "--clear-groups", python.toString(), "-c", attempts, target,
                                                store.file().toString())
                    .redirectErrorStream(true).start();
            String output = new String(nobody.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(nobody.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(output).isEqualTo("reached:");
        }
    }

    private static Map<String, Set<PosixFilePermission>> modes(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.collect(Collectors.toMap(file -> file.getFileName().toString(), file -> {
                try {
                    return Files.getPosixFilePermissions(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    /** The inodes of this process's TCP sockets that listen, from /proc (Linux). */
    private static Set<String> tcpSocketsListeningInThisProcess() throws IOException {
        Set<String> listening = new java.util.HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (Files.exists(file)) {
                Files.readAllLines(file).stream().skip(1).map(line -> line.trim().split("\\s+"))
                     .filter(columns -> columns[3].equals(LISTEN)).forEach(columns -> listening.add(columns[9]));
            }
        }
        Set<String> ours = new java.util.HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            descriptors.forEach(descriptor -> {
                try {
                    String link = Files.readSymbolicLink(descriptor).toString();
                    if (link.startsWith("socket:[")) {
                        ours.add(link.substring("socket:[".length(), link.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listed is no socket of the store's
                }
            });
        }
        ours.retainAll(listening);
        return ours;
    }
}
