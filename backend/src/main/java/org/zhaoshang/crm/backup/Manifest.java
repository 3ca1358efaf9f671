package org.zhaoshang.crm.backup;

import org.bson.Document;
import org.bson.json.JsonWriterSettings;
import org.zhaoshang.crm.storage.OwnerOnlyFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a backup holds, written last (a directory without it is no finished backup).
 *
 * @param format        the layout of the backup's files ({@link #FORMAT})
 * @param application   the version of the application that took it
 * @param takenAt       when it was started
 * @param lastIndex     G: every event up to this global index is in the backup, or was given up (reserved, and
 *                      still not written a gap timeout later); none after it. -1 for an empty log.
 * @param events        how many events it holds
 * @param givenUp       how many indexes up to G hold no event
 * @param storeLayout   the store's layout version ({@code store_meta}) when it was taken
 * @param files         every file with its checksum
 */
public record Manifest(int format, String application, Instant takenAt, long lastIndex, long events, long givenUp,
                       int storeLayout, List<BackupFile> files) {

    public static final int FORMAT = 1;
    public static final String FILE_NAME = "manifest.json";

    void write(Path directory) {
        Document manifest = new Document("format", format)
                .append("application", application)
                .append("takenAt", takenAt.toString())
                .append("lastIndex", lastIndex)
                .append("events", events)
                .append("givenUp", givenUp)
                .append("storeLayout", storeLayout)
                .append("files", files.stream().map(BackupFile::toDocument).toList());
        try {
            OwnerOnlyFiles.writeNewFile(directory.resolve(FILE_NAME),
                                        manifest.toJson(JsonWriterSettings.builder().indent(true).build()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the manifest in " + directory, e);
        }
    }

    static Manifest read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new BackupRefusedException("Not a finished backup: " + file + " is missing");
        }
        try {
            Document manifest = Document.parse(Files.readString(file));
            return new Manifest(manifest.getInteger("format"), manifest.getString("application"),
                                Instant.parse(manifest.getString("takenAt")), number(manifest, "lastIndex"),
                                number(manifest, "events"), number(manifest, "givenUp"),
                                manifest.getInteger("storeLayout"),
                                manifest.getList("files", Document.class).stream().map(BackupFile::from).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (RuntimeException unreadable) {
            throw new BackupRefusedException("The manifest " + file + " is damaged: " + unreadable.getMessage());
        }
    }

    private static long number(Document document, String key) {
        return ((Number) document.get(key)).longValue();
    }

    /** The file of a collection that backups hold since a later version (older ones have none). */
    Optional<BackupFile> optionalFile(String collection) {
        return files.stream().filter(file -> file.collection().equals(collection)).findFirst();
    }

    BackupFile file(String collection) {
        return files.stream().filter(file -> file.collection().equals(collection)).findFirst()
                    .orElseThrow(() -> new BackupRefusedException("The backup has no file for " + collection));
    }
}
