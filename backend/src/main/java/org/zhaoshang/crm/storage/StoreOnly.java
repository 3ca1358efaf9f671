package org.zhaoshang.crm.storage;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar zhaoshang-crm.jar store-only [--zhaoshang.data-dir=DIR]}: the embedded store alone, as a process
 * of its own, for several application processes of the same OS user on one machine to share
 * ({@code ZHAOSHANG_STORE_SOCKET=DIR/store.sock}). It listens on the Unix domain socket {@code DIR/store.sock}, as
 * the store inside the application does, and runs until it is stopped.
 */
public final class StoreOnly {

    public static final String COMMAND = "store-only";
    private static final String FORMER_PORT_OPTION = "--zhaoshang.embedded-port=";

    private StoreOnly() {
    }

    public static void run(String... args) throws InterruptedException {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path dataDir = Path.of(option(args, "--zhaoshang.data-dir=", "data"));
        if (option(args, FORMER_PORT_OPTION, null) != null) {
            System.err.println(FORMER_PORT_OPTION + " is no longer used: the store listens on a Unix domain socket "
                               + "in the data directory, on no TCP port");
        }
        EmbeddedMongo store = EmbeddedMongo.startStandalone(dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "store-shutdown"));
        System.out.println("Zhaoshang CRM store: socket " + store.socket() + ", data in " + store.file()
                           + ". Nodes, as the same OS user: ZHAOSHANG_STORE_SOCKET=" + store.socket()
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
