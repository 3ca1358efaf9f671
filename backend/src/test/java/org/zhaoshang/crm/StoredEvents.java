package org.zhaoshang.crm;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.ApplicationContext;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;

/** How many events the application's store holds: a refused change must not add any. */
public final class StoredEvents {

    private StoredEvents() {
    }

    public static long count(ApplicationContext app) {
        return app.getBean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS).countDocuments();
    }
}
