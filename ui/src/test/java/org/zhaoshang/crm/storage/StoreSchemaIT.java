package org.zhaoshang.crm.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhaoshang.crm.AppProcess;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store written by a newer version of the application is refused at start-up with a clear message, for real: the
 * packaged application writes its store, the store is marked as of a newer layout while it runs, and a second start
 * on it ends before serving anything.
 */
class StoreSchemaIT {

    @TempDir
    Path dataDir;

    @Test
    void aStoreOfANewerLayoutIsRefusedAtStartUp() throws Exception {
        try (AppProcess first = AppProcess.start(dataDir, "schema-first");
             MongoClient store = MongoClients.create(AppProcess.storeUri(dataDir))) {
            var meta = store.getDatabase("zhaoshang").getCollection(StoreSchema.COLLECTION);
            assertThat(meta.find(Filters.eq("_id", "schema")).first().getInteger("version"))
                    .isEqualTo(StoreSchema.CURRENT);
            meta.updateOne(Filters.eq("_id", "schema"), Updates.set("version", StoreSchema.CURRENT + 1));
        }

        assertThatThrownBy(() -> AppProcess.start(dataDir, "schema-second"))
                .hasMessageContaining("exited during start-up");
        assertThat(Files.readString(Path.of("target", "schema-second.log")))
                .contains("This store was written by a newer version of Zhaoshang CRM (store layout "
                          + (StoreSchema.CURRENT + 1) + ")");
    }
}
