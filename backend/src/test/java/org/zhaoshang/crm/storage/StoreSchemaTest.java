package org.zhaoshang.crm.storage;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreSchemaTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    @Test
    void aNewStoreGetsTheLayoutVersionAnOlderOneIsRaised() {
        MongoDatabase database = STORE.database("schema-new");
        StoreSchema schema = new StoreSchema(database);

        schema.check(1);
        assertThat(version(database)).isEqualTo(1);
        schema.check(2);
        assertThat(version(database)).isEqualTo(2);
        schema.check(2);
        assertThat(version(database)).isEqualTo(2);
    }

    @Test
    void aStoreWrittenByANewerVersionIsRefusedAndLeftAsItIs() {
        MongoDatabase database = STORE.database("schema-newer");
        database.getCollection(StoreSchema.COLLECTION).insertOne(new Document("_id", "schema").append("version", 7));

        assertThatThrownBy(() -> new StoreSchema(database).check(StoreSchema.CURRENT))
                .isInstanceOf(StoreSchema.StoreTooNewException.class)
                .hasMessageContaining("store layout 7")
                .hasMessageContaining("knows layouts up to " + StoreSchema.CURRENT);
        assertThat(version(database)).isEqualTo(7);
    }

    private static int version(MongoDatabase database) {
        return database.getCollection(StoreSchema.COLLECTION).find(new Document("_id", "schema")).first()
                       .getInteger("version");
    }
}
