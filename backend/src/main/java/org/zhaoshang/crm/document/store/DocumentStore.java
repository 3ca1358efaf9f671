package org.zhaoshang.crm.document.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.document.api.DocumentInfo;
import org.zhaoshang.crm.document.api.DocumentKind;
import org.zhaoshang.crm.document.api.FileType;
import org.zhaoshang.crm.eventstore.WriteDurability;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.storage.Store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Documents in MongoDB, as GridFS lays them out but in our own collections: the bytes in chunks of 255 KB
 * ({@value #CHUNKS}, one per {@code <id>/<n>}), then the record ({@value #RECORDS}), and the lead's list of them
 * ({@value #BY_LEAD}). Every read is by exact key, which the embedded server serves from its index, also for the
 * backup (the driver's GridFS works there too, but reads a file's chunks by {@code files_id} sorted by {@code n}: see
 * docs/decisions.md).
 * <p>
 * The content is read as it arrives, at most {@link #MAX_BYTES} (and a chunk more, to know there is more), typed by
 * its first bytes before anything is written and, for a zip, by its entries once all is written. A document exists
 * once its record does, which is written last; a refused or failed upload deletes the chunks it wrote. Memory per
 * upload: one chunk.
 */
@Component
public class DocumentStore {

    public static final String RECORDS = "documents";
    public static final String CHUNKS = "document_chunks";
    public static final String BY_LEAD = "lead_documents";
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int CHUNK_BYTES = 255 * 1024;
    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private final MongoCollection<Document> records;
    private final MongoCollection<Document> chunks;
    private final MongoCollection<Document> byLead;
    private final WriteDurability durability;
    private final Clock clock;

    @Autowired
    DocumentStore(MongoDatabase database, Store store, Clock clock) {
        this(database, store.durability(), clock);
    }

    /** Stored documents survive a crash once {@code durability} returns (the embedded store commits then). */
    public DocumentStore(MongoDatabase database, WriteDurability durability, Clock clock) {
        this.records = database.getCollection(RECORDS);
        this.chunks = database.getCollection(CHUNKS);
        this.byLead = database.getCollection(BY_LEAD);
        this.durability = durability;
        this.clock = clock;
    }

    /**
     * Reads the content and stores it as a document of the lead.
     *
     * @throws InvalidInputException (field {@code file}) for an empty file, one over 20 MB or of a type not taken;
     *                               nothing is stored then
     */
    public DocumentInfo store(NewDocument document, InputStream content) {
        Upload upload = new Upload(UUID.randomUUID().toString());
        try {
            FileType type = writeChunks(upload, content);
            DocumentInfo stored = new DocumentInfo(upload.id, document.leadId(),
                                                   FileNames.of(document.fileName(), type), upload.size, type,
                                                   document.kind(), document.shareable(), document.uploadedBy(),
                                                   clock.instant().truncatedTo(ChronoUnit.MILLIS),
                                                   HexFormat.of().formatHex(upload.digest.digest()));
            // the lead's list first: an id there without a record is skipped, a record is never missing from it
            byLead.updateOne(eq("_id", document.leadId()), Updates.addToSet("documents", upload.id),
                             new UpdateOptions().upsert(true));
            records.insertOne(toRecord(stored));
            durability.makeDurable();
            return stored;
        } catch (RuntimeException failed) {
            discard(upload, document.leadId(), failed);
            throw failed;
        }
    }

    public Optional<DocumentInfo> find(String documentId) {
        return Optional.ofNullable(records.find(eq("_id", documentId)).first()).map(DocumentStore::fromRecord);
    }

    /** The records of those of the ids that are stored documents, in no particular order. */
    public List<DocumentInfo> findAll(Collection<String> documentIds) {
        List<DocumentInfo> documents = new ArrayList<>();
        List<String> ids = documentIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            records.find(in("_id", ids)).forEach(record -> documents.add(fromRecord(record)));
        }
        return documents;
    }

    /** The lead's documents, the latest first. */
    public List<DocumentInfo> ofLead(String leadId) {
        Document listed = byLead.find(eq("_id", leadId)).first();
        if (listed == null) {
            return List.of();
        }
        List<DocumentInfo> documents = new ArrayList<>();
        records.find(in("_id", listed.getList("documents", String.class)))
               .forEach(record -> documents.add(fromRecord(record)));
        documents.sort(Comparator.comparing(DocumentInfo::uploadedAt).reversed().thenComparing(DocumentInfo::id));
        return documents;
    }

    /** The document's bytes, read a chunk at a time as they are consumed. */
    public InputStream open(DocumentInfo document) {
        return new ChunkStream(this, document.id(), document.size());
    }

    private FileType writeChunks(Upload upload, InputStream content) {
        byte[] buffer = new byte[CHUNK_BYTES];
        ContentTypes.Head head = null;
        try {
            int read;
            while ((read = content.readNBytes(buffer, 0, CHUNK_BYTES)) > 0) {
                upload.size += read;
                if (upload.size > MAX_BYTES) {
                    throw invalid("too-large", "the file is larger than " + MAX_BYTES + " bytes (20 MB)");
                }
                if (head == null) {
                    head = ContentTypes.byStart(buffer, read);
                }
                upload.digest.update(buffer, 0, read);
                chunks.insertOne(new Document("_id", chunkId(upload.id, upload.chunks)).append("n", upload.chunks)
                                                                                       .append("data", new Binary(
                                                                                               Arrays.copyOf(buffer,
                                                                                                             read))));
                upload.chunks++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read to its end", e);
        }
        if (head == null) {
            throw invalid("required", "the file is empty");
        }
        return head.zip() ? ContentTypes.ofZip(ZipDirectory.entryNames(
                (offset, length) -> read(upload.id, offset, length), upload.size)) : head.type();
    }

    /** {@code length} bytes of the document from {@code offset}, from the chunks that hold them. */
    byte[] read(String documentId, long offset, int length) {
        byte[] bytes = new byte[length];
        int copied = 0;
        while (copied < length) {
            long position = offset + copied;
            byte[] chunk = chunk(documentId, (int) (position / CHUNK_BYTES));
            int from = (int) (position % CHUNK_BYTES);
            int count = Math.min(length - copied, chunk.length - from);
            if (count <= 0) {
                throw new IllegalStateException("Document " + documentId + " ends before byte " + position);
            }
            System.arraycopy(chunk, from, bytes, copied, count);
            copied += count;
        }
        return bytes;
    }

    byte[] chunk(String documentId, int n) {
        Document chunk = chunks.find(eq("_id", chunkId(documentId, n))).first();
        if (chunk == null) {
            throw new IllegalStateException("Chunk " + n + " of document " + documentId + " is missing");
        }
        return chunk.get("data", Binary.class).getData();
    }

    private void discard(Upload upload, String leadId, RuntimeException failure) {
        try {
            records.deleteOne(eq("_id", upload.id));
            byLead.updateOne(eq("_id", leadId), Updates.pull("documents", upload.id));
            List<String> written = new ArrayList<>(upload.chunks);
            for (int n = 0; n < upload.chunks; n++) {
                written.add(chunkId(upload.id, n));
            }
            if (!written.isEmpty()) {
                chunks.deleteMany(in("_id", written));
            }
            durability.makeDurable();
        } catch (RuntimeException cleanUpFailed) {
            log.warn("A failed upload's chunks of document {} could not be removed: they take space but no record "
                     + "refers to them", upload.id, cleanUpFailed);
            failure.addSuppressed(cleanUpFailed);
        }
    }

    static String chunkId(String documentId, int n) {
        return documentId + "/" + n;
    }

    /** The ids of a recorded document's chunks, in order (for the backup, which reads them by exact key). */
    public static List<String> chunkIds(String documentId, long size, int chunkBytes) {
        int count = (int) ((size + chunkBytes - 1) / chunkBytes);
        List<String> ids = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            ids.add(chunkId(documentId, n));
        }
        return ids;
    }

    private static InvalidInputException invalid(String rule, String message) {
        return new InvalidInputException(List.of(new FieldViolation("file", rule, message)));
    }

    private static Document toRecord(DocumentInfo document) {
        return new Document("_id", document.id())
                .append("leadId", document.leadId())
                .append("name", document.name())
                .append("size", document.size())
                .append("type", document.type().name())
                .append("kind", document.kind().name())
                .append("shareable", document.shareable())
                .append("uploadedBy", document.uploadedBy())
                .append("uploadedAt", Date.from(document.uploadedAt()))
                .append("sha256", document.sha256())
                .append("chunkBytes", CHUNK_BYTES);
    }

    private static DocumentInfo fromRecord(Document record) {
        return new DocumentInfo(record.getString("_id"), record.getString("leadId"), record.getString("name"),
                                record.get("size", Number.class).longValue(),
                                FileType.valueOf(record.getString("type")),
                                DocumentKind.valueOf(record.getString("kind")), record.getBoolean("shareable", false),
                                record.getString("uploadedBy"), record.getDate("uploadedAt").toInstant(),
                                record.getString("sha256"));
    }

    /** What an upload has written so far. */
    private static final class Upload {

        final String id;
        final MessageDigest digest;
        long size;
        int chunks;

        Upload(String id) {
            this.id = id;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }
}
