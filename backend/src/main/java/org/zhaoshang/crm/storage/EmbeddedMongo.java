package org.zhaoshang.crm.storage;

import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default store: mongo-java-server on the H2 MVStore backend, one file in the data directory. It
 * speaks the MongoDB wire protocol, so the application talks to it exactly as it would to a real MongoDB, but on a
 * Unix domain socket ({@link StoreSocket}) in the data directory, not on a TCP port: the directory is 0700 and
 * every file in it 0600, so only the application's own OS user can reach the store or read its file.
 */
public final class EmbeddedMongo implements AutoCloseable {

    public static final String FILE_NAME = "zhaoshang.mv";
    /** Where versions before issue 15 wrote their TCP port; removed when found. */
    private static final String FORMER_PORT_FILE = "store.port";
    /** H2's default (16 MB) holds too little of a store of a million events for random aggregate loads. */
    private static final int CACHE_MEGABYTES = 256;

    private final H2BackendWithoutJavaSerialization backend;
    private final UnixSocketMongoServer server;
    private final Path file;
    private final Path socket;

    private EmbeddedMongo(H2BackendWithoutJavaSerialization backend, UnixSocketMongoServer server, Path file,
                          Path socket) {
        this.backend = backend;
        this.server = server;
        this.file = file;
        this.socket = socket;
    }

    /** The store inside the application, whose event store makes its appends durable itself. */
    public static EmbeddedMongo start(Path dataDir) {
        return start(dataDir, false);
    }

    /** The store as a process of its own: every write is durable before it is answered. */
    public static EmbeddedMongo startStandalone(Path dataDir) {
        return start(dataDir, true);
    }

    private static EmbeddedMongo start(Path dataDir, boolean commitEachWrite) {
        Path directory = dataDir.toAbsolutePath().normalize();
        Path socket = StoreSocket.of(directory);
        OwnerOnlyFiles.directory(directory);
        OwnerOnlyFiles.tightenEverythingIn(directory);
        StoreSocket.prepareDirectory(socket, directory);
        Path file = directory.resolve(FILE_NAME);
        OwnerOnlyFiles.file(file);
        // opening the file locks it: from here on no other store runs on this directory, so a socket left there
        // is one of a store that ended without closing (killed), and may be replaced
        H2BackendWithoutJavaSerialization backend = new H2BackendWithoutJavaSerialization(
                new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MEGABYTES).open(), commitEachWrite);
        try {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(directory.resolve(FORMER_PORT_FILE));
            return new EmbeddedMongo(backend, UnixSocketMongoServer.bind(backend, socket), file, socket);
        } catch (IOException | RuntimeException e) {
            backend.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot replace the socket left in " + directory, io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The connection string of a store listening on this socket. */
    public static String connectionString(Path socket) {
        return "mongodb://" + URLEncoder.encode(socket.toAbsolutePath().toString(), StandardCharsets.UTF_8);
    }

    public String connectionString() {
        return connectionString(socket);
    }

    public Path file() {
        return file;
    }

    public Path socket() {
        return socket;
    }

    public MvStoreGroupCommit groupCommit() {
        return backend.groupCommit();
    }

    @Override
    public void close() {
        server.close();
        try {
            Files.deleteIfExists(socket);
            StoreSocket.removeDirectory(socket, file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + socket, e);
        }
        // whatever H2 wrote while closing (a compacted file) is kept from others too
        OwnerOnlyFiles.tightenEverythingIn(file.getParent());
    }
}
