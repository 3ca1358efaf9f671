package org.zhaoshang.crm.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the data lives. With no {@code zhaoshang.mongodb.uri} (environment: {@code ZHAOSHANG_MONGODB_URI}) and no
 * {@code zhaoshang.store-socket} the application starts its own embedded store in {@code dataDir}.
 *
 * @param mongodb      the external MongoDB, if any
 * @param storeSocket  the socket of a store running as a process of its own ({@code store-only}), if any
 * @param dataDir      the embedded store's directory
 * @param embeddedPort no longer used: the embedded store listens on a Unix domain socket, not on a port
 * @param eventStore   tuning of the event store
 */
@ConfigurationProperties("zhaoshang")
public record StoreProperties(Mongodb mongodb, Path storeSocket, Path dataDir, int embeddedPort,
                              EventStore eventStore) {

    public StoreProperties {
        mongodb = mongodb == null ? new Mongodb(null, null) : mongodb;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        eventStore = eventStore == null ? new EventStore(null, 0, 0, 0) : eventStore;
    }

    public boolean embedded() {
        return external() == null;
    }

    /** The connection string of the store this application does not run itself (MongoDB or store-only), if any. */
    public String external() {
        if (mongodb.uri() != null && !mongodb.uri().isBlank()) {
            return mongodb.uri();
        }
        return storeSocket == null ? null : EmbeddedMongo.connectionString(storeSocket);
    }

    public record Mongodb(String uri, String database) {
        public Mongodb {
            database = database == null || database.isBlank() ? "zhaoshang" : database;
        }
    }

    /**
     * @param gapTimeout         how long tracking readers wait for a reserved index to become visible
     * @param aggregateBatchSize events per read of one aggregate
     * @param trackingBatchSize  global indexes per tracking read
     * @param maxGapOffset       how far behind the newest event a gap is still remembered
     */
    public record EventStore(Duration gapTimeout, int aggregateBatchSize, int trackingBatchSize, int maxGapOffset) {
        public EventStore {
            gapTimeout = gapTimeout == null ? Duration.ofSeconds(15) : gapTimeout;
            aggregateBatchSize = aggregateBatchSize <= 0 ? 64 : aggregateBatchSize;
            trackingBatchSize = trackingBatchSize <= 0 ? 250 : trackingBatchSize;
            maxGapOffset = maxGapOffset <= 0 ? 10_000 : maxGapOffset;
        }
    }
}
