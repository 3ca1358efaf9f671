package org.zhaoshang.crm.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the embedded store of a data directory listens: {@value #FILE_NAME} in the data directory, or, when that
 * path is longer than a Unix socket's path may be, in a private directory of the system's temporary directory
 * named after the data directory, so that a data directory deep in the file tree still works and every tool finds
 * the same socket.
 */
public final class StoreSocket {

    public static final String FILE_NAME = "store.sock";
    /** Linux's limit for a socket's path (sun_path), its terminating zero byte excluded. */
    static final int MAX_PATH_BYTES = 107;

    private StoreSocket() {
    }

    /** The socket of the embedded store of this data directory. */
    public static Path of(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().normalize();
        Path inside = directory.resolve(FILE_NAME);
        return fits(inside) ? inside : shortDirectory(directory).resolve(FILE_NAME);
    }

    /**
     * Makes the socket's directory ready: the data directory itself, or the private short one, which must be a real
     * directory (not a link) of the data directory's owner, since the temporary directory is writable by all.
     */
    static void prepareDirectory(Path socket, Path dataDir) {
        Path directory = socket.getParent();
        if (directory.equals(dataDir)) {
            return;
        }
        OwnerOnlyFiles.directory(directory);
        try {
            if (Files.isSymbolicLink(directory)
                || !Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS).equals(Files.getOwner(dataDir))) {
                throw new IllegalStateException("The store's socket directory " + directory
                                                + " belongs to another user or is a link: remove it, or choose a "
                                                + "shorter zhaoshang.data-dir");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the store's socket directory " + directory, e);
        }
        if (!fits(socket)) {
            throw new IllegalStateException("The temporary directory's path is too long for the store's socket "
                                            + socket + ": set java.io.tmpdir shorter, or choose a shorter "
                                            + "zhaoshang.data-dir");
        }
    }

    /** Removes the private short directory when it was used (the socket itself is gone already). */
    static void removeDirectory(Path socket, Path dataDir) throws IOException {
        Path directory = socket.getParent();
        if (!directory.equals(dataDir)) {
            Files.deleteIfExists(directory);
        }
    }

    private static boolean fits(Path socket) {
        return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES;
    }

    private static Path shortDirectory(Path dataDir) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                                         .digest(dataDir.toString().getBytes(StandardCharsets.UTF_8));
            String name = "zhaoshang-" + HexFormat.of().formatHex(digest, 0, 8);
            return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().resolve(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
