package org.zhaoshang.crm.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Directories (0700) and files (0600) that only the application's own user may read: the store, its socket and
 * backups hold the users' password hashes. Modes are given at creation, never widened later; on a file system
 * without POSIX modes (Windows) they are left to it.
 */
public final class OwnerOnlyFiles {

    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    /** Creates the directory and any missing parent as 0700; an existing directory itself is made 0700. */
    public static void directory(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            createMissing(absolute);
            tighten(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory " + absolute, e);
        }
    }

    private static void createMissing(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (directory.getParent() != null) {
            createMissing(directory.getParent());
        }
        Files.createDirectory(directory, attributes(DIRECTORY));
    }

    /** Creates the file, empty, as 0600 if it is not there; an existing one is made 0600. */
    public static void file(Path file) {
        try {
            if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.createFile(file, attributes(FILE));
            }
            tighten(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file.toAbsolutePath(), e);
        }
    }

    /** A new file (it must not exist yet) created as 0600, to write. */
    public static OutputStream newFile(Path file) throws IOException {
        return Channels.newOutputStream(Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW,
                                                                           StandardOpenOption.WRITE),
                                                             attributes(FILE)));
    }

    public static void writeNewFile(Path file, String text) throws IOException {
        try (OutputStream out = newFile(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Takes from everything directly in the directory (not following links) any access of group and others. */
    public static void tightenEverythingIn(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                tighten(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the access to the files in " + directory, e);
        }
    }

    /** A directory becomes 0700, anything else but a link 0600. */
    public static void tighten(Path path) throws IOException {
        if (!POSIX || Files.isSymbolicLink(path)) {
            return;
        }
        Files.setPosixFilePermissions(path, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? DIRECTORY : FILE);
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        return POSIX ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(permissions)}
                     : new FileAttribute<?>[0];
    }
}
