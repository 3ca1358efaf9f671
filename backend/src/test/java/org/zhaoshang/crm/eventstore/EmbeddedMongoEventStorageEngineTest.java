package org.zhaoshang.crm.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.storage.EmbeddedMongo;

import java.nio.file.Path;

/** The event store suite on the embedded server (mongo-java-server, H2 MVStore backend), as the app runs it. */
class EmbeddedMongoEventStorageEngineTest extends MongoEventStorageEngineSuite {

    @TempDir
    static Path dataDir;
    private static EmbeddedMongo embedded;
    private static MongoClient client;

    @BeforeAll
    static void start() {
        embedded = EmbeddedMongo.start(dataDir, 0);
        client = MongoClients.create(embedded.connectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        embedded.close();
    }

    @Override
    protected MongoClient client() {
        return client;
    }

    @Override
    protected String backendName() {
        return "embedded mongo-java-server/H2";
    }
}
