package org.zhaoshang.crm.document.store;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;

/** The document store suite on the embedded server (mongo-java-server, H2 MVStore backend), as the app runs it. */
class EmbeddedDocumentStoreTest extends DocumentStoreSuite {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    @Override
    protected MongoClient client() {
        return STORE.client();
    }
}
