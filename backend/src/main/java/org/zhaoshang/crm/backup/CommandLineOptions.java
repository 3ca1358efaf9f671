package org.zhaoshang.crm.backup;

import org.springframework.boot.convert.DurationStyle;
import org.zhaoshang.crm.storage.StoreProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@code backup}, {@code restore} and {@code checksum}.
 *
 * @param command    the command
 * @param directory  the backup's directory ({@code --to} for a backup, {@code --from} for a restore)
 * @param uri        the MongoDB to use, if given ({@code --uri}, else {@code ZHAOSHANG_MONGODB_URI})
 * @param database   the database ({@code --database}, else {@code ZHAOSHANG_MONGODB_DATABASE}, else the app's default)
 * @param dataDir    the embedded store's directory, when no MongoDB is given ({@code --data-dir}, default ./data)
 * @param gapTimeout the event store's gap timeout ({@code --gap-timeout}, default the application's)
 */
record CommandLineOptions(String command, Path directory, String uri, String database, Path dataDir,
                          Duration gapTimeout) {

    static final String USAGE = "usage: backup --to DIR | restore --from DIR | checksum, each with [--uri mongodb://…] "
                                + "[--database NAME] [--data-dir DIR] (backup: [--gap-timeout 15s])";
    private static final Set<String> KNOWN = Set.of("--to", "--from", "--uri", "--database", "--data-dir",
                                                    "--gap-timeout");

    static CommandLineOptions parse(String[] args, Map<String, String> environment) {
        if (args.length == 0 || !BackupCommandLine.COMMANDS.contains(args[0])) {
            throw new BackupRefusedException(USAGE);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!KNOWN.contains(args[i]) || i + 1 >= args.length) {
                throw new BackupRefusedException("Unknown option or missing value: " + args[i] + ". " + USAGE);
            }
            options.put(args[i], args[i + 1]);
        }
        String command = args[0];
        String directoryOption = switch (command) {
            case "backup" -> "--to";
            case "restore" -> "--from";
            default -> null;
        };
        if (directoryOption != null && !options.containsKey(directoryOption)) {
            throw new BackupRefusedException(command + " needs " + directoryOption + " DIR. " + USAGE);
        }
        StoreProperties defaults = new StoreProperties(new StoreProperties.Mongodb(
                options.getOrDefault("--uri", environment.get("ZHAOSHANG_MONGODB_URI")),
                options.getOrDefault("--database", environment.get("ZHAOSHANG_MONGODB_DATABASE"))),
                                                       null, pathOrNull(options.get("--data-dir")), 0, null);
        Duration gapTimeout = options.containsKey("--gap-timeout")
                              ? DurationStyle.detectAndParse(options.get("--gap-timeout"))
                              : defaults.eventStore().gapTimeout();
        return new CommandLineOptions(command, pathOrNull(options.get(directoryOption)),
                                      defaults.embedded() ? null : defaults.mongodb().uri(),
                                      defaults.mongodb().database(), defaults.dataDir(), gapTimeout);
    }

    private static Path pathOrNull(String path) {
        return path == null ? null : Path.of(path);
    }
}
