package org.zhaoshang.crm.eventstore;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;

/** The event store suite on the embedded server (mongo-java-server, H2 MVStore backend), as the app runs it. */
class EmbeddedMongoEventStorageEngineTest extends MongoEventStorageEngineSuite {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    @Override
    protected MongoClient client() {
        return STORE.client();
    }

    @Override
    protected String backendName() {
        return "embedded mongo-java-server/H2";
    }
}
