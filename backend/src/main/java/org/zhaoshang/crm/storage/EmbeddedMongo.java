package org.zhaoshang.crm.storage;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default store: mongo-java-server on the H2 MVStore backend, one file in the data directory,
 * reachable on 127.0.0.1 only. It speaks the MongoDB wire protocol, so the application talks to it exactly as it
 * would to a real MongoDB.
 */
public final class EmbeddedMongo implements AutoCloseable {

    public static final String FILE_NAME = "zhaoshang.mv";
    /** The port of the running store, for tools (backup) to find it; there while the store runs. */
    public static final String PORT_FILE = "store.port";
    /** H2's default (16 MB) holds too little of a store of a million events for random aggregate loads. */
    private static final int CACHE_MEGABYTES = 256;

    private final H2BackendWithoutJavaSerialization backend;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path file;

    private EmbeddedMongo(H2BackendWithoutJavaSerialization backend, MongoServer server, InetSocketAddress address, Path file) {
        this.backend = backend;
        this.server = server;
        this.address = address;
        this.file = file;
    }

    /** The store inside the application, whose event store makes its appends durable itself. */
    public static EmbeddedMongo start(Path dataDir, int port) {
        return start(dataDir, port, false);
    }

    /** The store as a process of its own: every write is durable before it is answered. */
    public static EmbeddedMongo startStandalone(Path dataDir, int port) {
        return start(dataDir, port, true);
    }

    private static EmbeddedMongo start(Path dataDir, int port, boolean commitEachWrite) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        H2BackendWithoutJavaSerialization backend = new H2BackendWithoutJavaSerialization(new MVStore.Builder().fileName(file.toString())
                                                                             .cacheSize(CACHE_MEGABYTES)
                                                                             .open(),
                                                                  commitEachWrite);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        EmbeddedMongo embedded = new EmbeddedMongo(backend, server, server.getLocalAddress(), file);
        try {
            Files.writeString(embedded.portFile(), String.valueOf(embedded.address.getPort()));
        } catch (IOException e) {
            embedded.close();
            throw new UncheckedIOException("Cannot write " + embedded.portFile(), e);
        }
        return embedded;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    public Path file() {
        return file;
    }

    public MvStoreGroupCommit groupCommit() {
        return backend.groupCommit();
    }

    private Path portFile() {
        return file.resolveSibling(PORT_FILE);
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            Files.deleteIfExists(portFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + portFile(), e);
        }
    }
}
