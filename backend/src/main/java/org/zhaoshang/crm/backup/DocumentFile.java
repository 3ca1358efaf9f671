package org.zhaoshang.crm.backup;

import org.bson.ByteBuf;
import org.bson.RawBsonDocument;
import org.zhaoshang.crm.storage.OwnerOnlyFiles;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A file of BSON documents one after another (each starts with its length, as BSON does), gzip-compressed, written
 * and read as a stream so that no file is ever held in memory. Its SHA-256 is that of the compressed bytes.
 */
final class DocumentFile {

    private static final int BUFFER = 1 << 16;

    private DocumentFile() {
    }

    static Writer create(Path file) {
        try {
            return new Writer(file, OwnerOnlyFiles.newFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file, e);
        }
    }

    /** Passes each document of the file to {@code action}, in the order written. */
    static void forEach(Path file, Consumer<RawBsonDocument> action) {
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), BUFFER)))) {
            byte[] length = new byte[4];
            while (readFully(in, length)) {
                int size = (length[0] & 0xff) | (length[1] & 0xff) << 8 | (length[2] & 0xff) << 16
                           | (length[3] & 0xff) << 24;
                byte[] document = new byte[size];
                System.arraycopy(length, 0, document, 0, 4);
                in.readFully(document, 4, size - 4);
                action.accept(new RawBsonDocument(document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** @return false at the end of the file, before the first byte */
    private static boolean readFully(DataInputStream in, byte[] bytes) throws IOException {
        int first = in.read();
        if (first < 0) {
            return false;
        }
        bytes[0] = (byte) first;
        try {
            in.readFully(bytes, 1, bytes.length - 1);
        } catch (EOFException truncated) {
            throw new IOException("the file ends in the middle of a document", truncated);
        }
        return true;
    }

    static String sha256(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The fastest level: the events' JSON still shrinks to about a fifteenth, and the backup waits less on it. */
    private static final class FastGzip extends GZIPOutputStream {

        private FastGzip(OutputStream out) throws IOException {
            super(out, BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /** Writes documents; {@link #close()} finishes the file. */
    static final class Writer implements AutoCloseable {

        private final Path file;
        private final MessageDigest digest = sha256();
        private final OutputStream out;
        private long documents;

        private Writer(Path file, OutputStream raw) throws IOException {
            this.file = file;
            this.out = new BufferedOutputStream(new FastGzip(new DigestOutputStream(raw, digest)), BUFFER);
        }

        void write(RawBsonDocument document) {
            ByteBuf bytes = document.getByteBuffer();
            try {
                out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
            documents++;
        }

        /** Closes the file and describes it: the documents of {@code collection} it holds and its checksum. */
        BackupFile finish(String collection) {
            close();
            return new BackupFile(file.getFileName().toString(), collection, documents,
                                  HexFormat.of().formatHex(digest.digest()));
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
        }
    }
}
