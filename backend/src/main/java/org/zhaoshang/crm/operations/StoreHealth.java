package org.zhaoshang.crm.operations;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.storage.StoreProperties;

/** The store answers a ping (embedded or external MongoDB): health {@code store}. */
@Component("storeHealthIndicator")
class StoreHealth implements HealthIndicator {

    private final MongoDatabase database;
    private final StoreProperties store;

    StoreHealth(MongoDatabase database, StoreProperties store) {
        this.database = database;
        this.store = store;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.unknown().withDetail("mode", store.embedded() ? "embedded" : "external");
        try {
            long started = System.nanoTime();
            database.runCommand(new Document("ping", 1));
            return health.up().withDetail("pingMillis", (System.nanoTime() - started) / 1_000_000).build();
        } catch (RuntimeException unreachable) {
            return health.down().withDetail("error", unreachable.getClass().getSimpleName() + ": "
                                                    + unreachable.getMessage()).build();
        }
    }
}
