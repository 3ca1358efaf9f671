package org.zhaoshang.crm.storage;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar zhaoshang-crm.jar store-only [--zhaoshang.data-dir=DIR] [--zhaoshang.embedded-port=PORT]}: the
 * embedded store alone, as a process of its own on 127.0.0.1, for several application processes on one machine to
 * share ({@code ZHAOSHANG_MONGODB_URI=mongodb://127.0.0.1:PORT}). Runs until it is stopped.
 */
public final class StoreOnly {

    public static final String COMMAND = "store-only";
    private static final int DEFAULT_PORT = 27017;

    private StoreOnly() {
    }

    public static void run(String... args) throws InterruptedException {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path dataDir = Path.of(option(args, "--zhaoshang.data-dir=", "data"));
        int port = Integer.parseInt(option(args, "--zhaoshang.embedded-port=", String.valueOf(DEFAULT_PORT)));
        EmbeddedMongo store = EmbeddedMongo.startStandalone(dataDir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "store-shutdown"));
        System.out.println("Zhaoshang CRM store: " + store.connectionString() + ", data in " + store.file()
                           + " (stop with Ctrl+C)");
        new CountDownLatch(1).await();
    }

    private static String option(String[] args, String prefix, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return fallback;
    }
}
