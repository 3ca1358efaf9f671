package org.zhaoshang.crm.document.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.document.api.DocumentInfo;
import org.zhaoshang.crm.document.api.DocumentKind;
import org.zhaoshang.crm.document.api.FileType;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The document store on a MongoDB server (the embedded one here, a real replica set where Docker runs): bytes back
 * as stored, and an upload that fails half way, or is refused after its chunks were written, leaves nothing behind.
 */
abstract class DocumentStoreSuite {

    private MongoDatabase database;
    private DocumentStore store;
    private final String lead = "lead-" + UUID.randomUUID();

    protected abstract MongoClient client();

    @BeforeEach
    void store() {
        database = client().getDatabase("documents-" + UUID.randomUUID().toString().substring(0, 8));
        store = new DocumentStore(database, () -> { }, Clock.systemUTC());
    }

    @Test
    void aDocumentOfManyChunksComesBackAsStoredAndInItsLeadsList() throws IOException {
        byte[] pdf = pdf(DocumentStore.CHUNK_BYTES * 3 + 17);

        DocumentInfo stored = store.store(document("协议.pdf"), new ByteArrayInputStream(pdf));

        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.type()).isEqualTo(FileType.PDF);
        assertThat(store.find(stored.id())).contains(stored);
        assertThat(store.ofLead(lead)).containsExactly(stored);
        assertThat(count(DocumentStore.CHUNKS)).isEqualTo(4);
        try (InputStream back = store.open(stored)) {
            assertThat(back.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void anUploadBrokenOffHalfWayLeavesNothing() {
        InputStream breaks = new InputStream() {
            private final InputStream start = new ByteArrayInputStream(pdf(DocumentStore.CHUNK_BYTES * 2 + 5));

            @Override
            public int read() throws IOException {
                int next = start.read();
                if (next < 0) {
                    throw new IOException("connection reset by the client");
                }
                return next;
            }
        };

        assertThatThrownBy(() -> store.store(document("broken.pdf"), breaks)).isInstanceOf(UncheckedIOException.class);

        assertThat(count(DocumentStore.CHUNKS)).isZero();
        assertThat(count(DocumentStore.RECORDS)).isZero();
        assertThat(store.ofLead(lead)).isEmpty();
    }

    @Test
    void aZipRefusedAfterItsChunksWereWrittenLeavesNothing() throws IOException {
        byte[] zip = zipOf(DocumentStore.CHUNK_BYTES * 2, "[Content_Types].xml", "ppt/presentation.xml");

        assertThatThrownBy(() -> store.store(document("slides.docx"), new ByteArrayInputStream(zip)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no Word");

        assertThat(count(DocumentStore.CHUNKS)).isZero();
        assertThat(count(DocumentStore.RECORDS)).isZero();
        assertThat(store.ofLead(lead)).isEmpty();
    }

    @Test
    void aZipBombIsTypedFromItsDirectoryWithoutUnpackingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 1024; i++) { // 1 GB unpacked, about 1 MB packed
                zip.write(zeros);
            }
        }
        long started = System.nanoTime();

        DocumentInfo stored = store.store(document("bomb.xlsx"), new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(stored.type()).isEqualTo(FileType.XLSX);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    private NewDocument document(String name) {
        return new NewDocument(lead, name, DocumentKind.OTHER, false, "staff");
    }

    private long count(String collection) {
        return database.getCollection(collection).countDocuments();
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        return content;
    }

    private static byte[] zipOf(int filler, String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(0);
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                byte[] random = new byte[filler];
                new Random(filler).nextBytes(random);
                zip.write(random);
            }
        }
        return bytes.toByteArray();
    }
}
