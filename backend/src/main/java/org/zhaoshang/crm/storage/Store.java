package org.zhaoshang.crm.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhaoshang.crm.eventstore.WriteDurability;

/** The store in use: an external MongoDB, or the embedded server started for this process. */
public final class Store implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Store.class);

    private final String connectionString;
    private final EmbeddedMongo embedded;

    private Store(String connectionString, EmbeddedMongo embedded) {
        this.connectionString = connectionString;
        this.embedded = embedded;
    }

    public static Store open(StoreProperties properties) {
        if (properties.embeddedPort() != 0) {
            log.warn("zhaoshang.embedded-port ({}) is no longer used: the embedded store listens on a Unix domain "
                     + "socket in the data directory, on no TCP port", properties.embeddedPort());
        }
        if (!properties.embedded()) {
            log.info("Store: external MongoDB at {} (database '{}'); nothing embedded is started",
                     redacted(properties.external()), properties.mongodb().database());
            return new Store(properties.external(), null);
        }
        EmbeddedMongo embedded = EmbeddedMongo.start(properties.dataDir());
        log.info("Store: embedded MongoDB-compatible server (mongo-java-server, H2 MVStore) on the socket {}, "
                 + "data in {}", embedded.socket(), embedded.file());
        return new Store(embedded.connectionString(), embedded);
    }

    public String connectionString() {
        return connectionString;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public WriteDurability durability() {
        return embedded == null ? WriteDurability.byWriteConcern() : embedded.groupCommit();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    static String redacted(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }
}
