package org.zhaoshang.crm.projection;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WriteBehindTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    @Test
    void aBatchWritesEachChangedDocumentOnceAsLastSavedWhenItCommits() {
        MongoCollection<Document> collection = STORE.database("batch").getCollection("rows");
        WriteBehind writes = new WriteBehind(collection);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));

        writes.save(new Document("_id", "a").append("n", 1));
        writes.save(new Document("_id", "b").append("n", 1));
        writes.save(new Document("_id", "a").append("n", 2));
        writes.delete("b");
        long beforeCommit = collection.countDocuments();
        batch.commit();

        assertThat(beforeCommit).isZero();
        assertThat(collection.find().into(new ArrayList<>())).containsExactly(new Document("_id", "a").append("n", 2));
    }

    @Test
    void outsideABatchEachSaveIsWrittenAtOnce() {
        MongoCollection<Document> collection = STORE.database("single").getCollection("rows");

        new WriteBehind(collection).save(new Document("_id", "a"));

        assertThat(collection.countDocuments()).isOne();
    }

    @Test
    void theDocumentsAreWrittenBeforeTheBatchsToken() {
        MongoCollection<Document> collection = STORE.database("order").getCollection("rows");
        List<Long> documentsWhenTokenStored = new ArrayList<>();
        WritesFirstTokenStore tokens = new WritesFirstTokenStore(new InMemoryTokenStore() {
            @Override
            public void storeToken(org.axonframework.eventhandling.TrackingToken token, String processorName,
                                   int segment) {
                documentsWhenTokenStored.add(collection.countDocuments());
                super.storeToken(token, processorName, segment);
            }
        });
        tokens.initializeTokenSegments("projection", 1);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        batch.onPrepareCommit(committing -> tokens.storeToken(new GlobalSequenceTrackingToken(7), "projection", 0));

        new WriteBehind(collection).save(new Document("_id", "a"));
        batch.commit();

        assertThat(documentsWhenTokenStored).containsExactly(1L);
    }
}
