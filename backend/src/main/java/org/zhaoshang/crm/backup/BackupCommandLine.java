package org.zhaoshang.crm.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code backup}, {@code restore} and {@code checksum} from the command line, without starting the application:
 * exit code 0 on success; on failure one line on standard error that says why (no stack trace), exit code 1.
 */
public final class BackupCommandLine {

    public static final Set<String> COMMANDS = Set.of("backup", "restore", "checksum");

    private BackupCommandLine() {
    }

    /** @return the process's exit code */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        quietLogging();
        long started = System.nanoTime();
        String command = args.length > 0 ? args[0] : "command";
        try {
            CommandLineOptions options = CommandLineOptions.parse(args, environment);
            try (StoreConnection store = StoreConnection.open(options, options.command().equals("restore"))) {
                switch (options.command()) {
                    case "backup" -> {
                        Manifest manifest = new Backup(store.database(), options.gapTimeout())
                                .writeTo(options.directory());
                        out.printf(Locale.ROOT, "Backed up %s into %s: the event log up to global index %d (%,d "
                                                + "events; %d reserved indexes without an event given up), in "
                                                + "%.1f s%n",
                                   store.description(), options.directory(), manifest.lastIndex(),
                                   manifest.events(), manifest.givenUp(), seconds(started));
                    }
                    case "restore" -> {
                        Manifest manifest = new Restore(store.database()).from(options.directory());
                        out.printf(Locale.ROOT, "Restored %s into %s: %,d events up to global index %d, in %.1f s. "
                                                + "The read models are rebuilt from them when the application "
                                                + "starts.%n",
                                   options.directory(), store.description(), manifest.events(),
                                   manifest.lastIndex(), seconds(started));
                    }
                    default -> {
                        ReadModelChecksum checksum = ReadModelChecksum.of(store.database());
                        checksum.collections().forEach((collection, sum) -> out.printf(
                                Locale.ROOT, "%-16s %,10d documents  %s%n", collection, sum.documents(),
                                sum.sha256()));
                        out.println("read models      " + checksum.total());
                    }
                }
            }
            return 0;
        } catch (BackupRefusedException refused) {
            err.println(command + " failed: " + refused.getMessage());
        } catch (RuntimeException failed) {
            err.println(command + " failed: " + failed.getClass().getSimpleName()
                        + (failed.getMessage() == null ? "" : ": " + failed.getMessage()));
        }
        return 1;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Logback logs everything by default when Spring does not configure it: only errors here. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }
}
