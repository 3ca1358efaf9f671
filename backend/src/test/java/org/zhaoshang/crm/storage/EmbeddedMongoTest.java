package org.zhaoshang.crm.storage;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store's own storage types (documents as BSON, index keys) keep every value across a restart. */
class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsAndUniqueIndexesSurviveARestart() {
        Document original = new Document("_id", 42L)
                .append("name", "汇丰 HSBC")
                .append("amount", new Decimal128(new BigDecimal("12345.67")))
                .append("count", 7)
                .append("ratio", 0.25)
                .append("when", new Date(1_700_000_000_000L))
                .append("flag", true)
                .append("nothing", null)
                .append("objectId", new ObjectId("5f1d7f1e2b3c4d5e6f708192"))
                .append("tags", List.of("finance", "伦敦"))
                .append("nested", new Document("city", "London").append("floor", 12));
        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> things = client.getDatabase("test").getCollection("things");
            things.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
            things.insertOne(original);
            things.insertOne(new Document("_id", 43L).append("name", "Barclays"));
            store.groupCommit().makeDurable();
        }

        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> things = client.getDatabase("test").getCollection("things");

            assertThat(things.find(eq("_id", 42L)).first()).isEqualTo(original);
            assertThat(things.find(in("name", List.of("Barclays", "汇丰 HSBC"))).into(new java.util.ArrayList<>()))
                    .hasSize(2);
            assertThatThrownBy(() -> things.insertOne(new Document("_id", 44L).append("name", "Barclays")))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
        }
    }
}
