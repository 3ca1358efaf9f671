package org.zhaoshang.crm.backup;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.zhaoshang.crm.storage.EmbeddedMongo;
import org.zhaoshang.crm.storage.StoreSocket;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The store a command works on: the MongoDB given; else the embedded store of the application running on the data
 * directory, or of the {@code store-only} process on it (it listens on the socket {@link StoreSocket#of} names);
 * else the data directory's store, opened here (the application is not running).
 */
final class StoreConnection implements AutoCloseable {

    private final MongoClient client;
    private final MongoDatabase database;
    private final EmbeddedMongo embedded;
    private final String description;

    private StoreConnection(String uri, String database, EmbeddedMongo embedded, String description) {
        this.client = MongoClients.create(MongoClientSettings.builder()
                                                             .applyConnectionString(new ConnectionString(uri))
                                                             .applyToClusterSettings(cluster -> cluster
                                                                     .serverSelectionTimeout(5, TimeUnit.SECONDS))
                                                             .build());
        this.database = client.getDatabase(database);
        this.embedded = embedded;
        this.description = description;
    }

    /** @param mayCreate whether an embedded store may be created where there is none (a restore's target) */
    static StoreConnection open(CommandLineOptions options, boolean mayCreate) {
        if (options.uri() != null) {
            return answering(new StoreConnection(options.uri(), options.database(), null,
                                                 "MongoDB at " + new ConnectionString(options.uri()).getHosts()
                                                 + ", database '" + options.database() + "'"));
        }
        Path dataDir = options.dataDir().toAbsolutePath().normalize();
        Path socket = StoreSocket.of(dataDir);
        if (Files.exists(socket)) {
            StoreConnection running = new StoreConnection(EmbeddedMongo.connectionString(socket),
                                                          options.database(), null,
                                                          "the running application's store in " + dataDir);
            if (running.answers()) {
                return running;
            }
            running.close();
        }
        if (!mayCreate && !Files.isRegularFile(dataDir.resolve(EmbeddedMongo.FILE_NAME))) {
            throw new BackupRefusedException("No store found: no --uri, no ZHAOSHANG_MONGODB_URI, no application "
                                             + "running on " + dataDir + " and no store file there (--data-dir?)");
        }
        EmbeddedMongo embedded;
        try {
            embedded = EmbeddedMongo.start(dataDir);
        } catch (RuntimeException e) {
            throw new BackupRefusedException("Cannot open the store in " + dataDir + ": " + e.getMessage());
        }
        return new StoreConnection(embedded.connectionString(), options.database(), embedded,
                                   "the store in " + dataDir);
    }

    private static StoreConnection answering(StoreConnection connection) {
        if (!connection.answers()) {
            connection.close();
            throw new BackupRefusedException("The " + connection.description + " does not answer");
        }
        return connection;
    }

    private boolean answers() {
        try {
            database.runCommand(new Document("ping", 1));
            return true;
        } catch (MongoException e) {
            return false;
        }
    }

    MongoDatabase database() {
        return database;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
