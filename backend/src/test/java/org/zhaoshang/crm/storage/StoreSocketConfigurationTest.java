package org.zhaoshang.crm.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A node of several on one machine reaches the store-only process through the socket path in its configuration. */
class StoreSocketConfigurationTest {

    @TempDir
    Path temp;

    @Test
    void aNodeGivenTheStoreSocketUsesThatStoreAndStartsNoneOfItsOwn() {
        Path storeDir = temp.resolve("store");
        Path nodeDir = temp.resolve("node");
        try (EmbeddedMongo storeOnly = EmbeddedMongo.startStandalone(storeDir)) {
            StoreProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                    "zhaoshang.store-socket", storeOnly.socket().toString(),
                    "zhaoshang.data-dir", nodeDir.toString())))
                    .bind("zhaoshang", StoreProperties.class).get();

            try (Store store = Store.open(properties);
                 MongoClient client = MongoClients.create(store.connectionString())) {
                assertThat(store.isEmbedded()).isFalse();
                assertThat(store.connectionString()).isEqualTo(storeOnly.connectionString());
                client.getDatabase("zhaoshang").getCollection("things").insertOne(new Document("_id", 1));
            }
            assertThat(nodeDir).doesNotExist();
        }
    }
}
