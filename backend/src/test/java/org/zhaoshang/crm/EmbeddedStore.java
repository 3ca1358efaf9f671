package org.zhaoshang.crm;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.zhaoshang.crm.storage.EmbeddedMongo;

import java.nio.file.Files;

/** The embedded store as the app runs it, in a fresh directory for one test class: {@code @RegisterExtension}. */
public final class EmbeddedStore implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedMongo store;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        store = EmbeddedMongo.start(Files.createTempDirectory("zhaoshang-test"));
        client = MongoClients.create(store.connectionString());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        store.close();
    }

    public String connectionString() {
        return store.connectionString();
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }
}
