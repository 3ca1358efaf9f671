package org.zhaoshang.crm.document.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.MongoDBContainer;
import org.zhaoshang.crm.RequiresDocker;

/** The same suite against a real MongoDB 7 replica set in a container; skipped, saying so, where no Docker runs. */
@ExtendWith(RequiresDocker.class)
class RealMongoDocumentStoreTest extends DocumentStoreSuite {

    private static MongoDBContainer mongo;
    private static MongoClient client;

    @BeforeAll
    static void start() {
        mongo = new MongoDBContainer("mongo:7");
        mongo.start();
        client = MongoClients.create(mongo.getReplicaSetUrl());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (mongo != null) {
            mongo.stop();
        }
    }

    @Override
    protected MongoClient client() {
        return client;
    }
}
