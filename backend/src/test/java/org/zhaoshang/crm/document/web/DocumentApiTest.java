package org.zhaoshang.crm.document.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * Evidence documents through the REST API: stored and downloaded byte for byte, bounded at 20 MB while read, typed by
 * their content whatever their name or declared type, and seen by exactly those who see the lead (ambassadors and
 * partners only what is marked shareable; anything else answers like an unknown id).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentApiTest {

    private static final int MB = 1024 * 1024;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private ServletContext servletContext;
    private final ObjectMapper json = new ObjectMapper();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** Introduced by the demo ambassador's own partner (demo-amb-london), owned by the manager. */
    private String ambassadorsLead;
    /** Introduced by another partner (demo-amb-hk): the demo ambassador may not see it. */
    private String othersLead;
    /** Owned by the staff user 张伟. */
    private String staffsLead;

    @BeforeAll
    void leads() throws Exception {
        ambassadorsLead = create(manager(), "{\"companyNameEn\":\"Thames Evidence " + tag + "\",\"market\":\"LONDON\","
                                            + "\"introducedBy\":\"demo-amb-london\"}");
        othersLead = create(manager(), "{\"companyNameEn\":\"Kowloon Evidence " + tag + "\",\"market\":\"HONG_KONG\","
                                       + "\"introducedBy\":\"demo-amb-hk\"}");
        staffsLead = create(as("staff"), "{\"companyNameEn\":\"Staff Evidence " + tag + "\",\"market\":\"LONDON\"}");
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(
                () -> json.readTree(manager().getForEntity("/api/leads?q=" + tag, String.class).getBody())
                          .get("total").asLong() == 3);
    }

    @Test
    void aDocumentComesBackByteForByteUnderItsChineseName() throws Exception {
        byte[] pdf = pdf(700 * 1024); // three chunks
        String name = "投资协议（签字版）2026.pdf";

        ResponseEntity<String> uploaded = upload(manager(), ambassadorsLead, name, MediaType.APPLICATION_PDF, pdf,
                                                 "AGREEMENT", null);
        assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
        String id = json.readTree(uploaded.getBody()).get("id").asText();

        ResponseEntity<byte[]> downloaded = manager().getForEntity("/api/documents/" + id, byte[].class);
        assertThat(downloaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(downloaded.getBody()).isEqualTo(pdf);
        HttpHeaders headers = downloaded.getHeaders();
        assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(headers.getContentLength()).isEqualTo(pdf.length);
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment;")
                               .contains("filename*=UTF-8''" + rfc5987(name))
                               .matches("\\p{ASCII}*");
        assertThat(headers.getContentDisposition().getFilename()).isEqualTo(name);

        JsonNode meta = json.readTree(manager().getForEntity("/api/documents/" + id + "/meta", String.class)
                                               .getBody());
        assertThat(meta.get("id").asText()).isEqualTo(id);
        assertThat(meta.get("leadId").asText()).isEqualTo(ambassadorsLead);
        assertThat(meta.get("name").asText()).isEqualTo(name);
        assertThat(meta.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(meta.get("type").asText()).isEqualTo("PDF");
        assertThat(meta.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(meta.get("kind").asText()).isEqualTo("AGREEMENT");
        assertThat(meta.get("shareable").asBoolean()).isFalse();
        assertThat(meta.get("uploadedBy").asText()).isEqualTo("manager");
        assertThat(meta.get("uploadedAt").asText()).isNotBlank();

        JsonNode listed = json.readTree(manager().getForEntity("/api/leads/" + ambassadorsLead + "/documents",
                                                               String.class).getBody());
        assertThat(listed.findValuesAsText("id")).contains(id);
    }

    @Test
    void aFileOneByteOverTwentyMegabytesIsRefusedAndNothingIsStored() throws Exception {
        long chunks = count("document_chunks");
        long records = count("documents");

        ResponseEntity<String> refused = upload(manager(), ambassadorsLead, "big.pdf", MediaType.APPLICATION_PDF,
                                                pdf(20 * MB + 1), null, null);

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(rule(refused)).isEqualTo("too-large");
        assertThat(count("document_chunks")).isEqualTo(chunks);
        assertThat(count("documents")).isEqualTo(records);

        ResponseEntity<String> exactly = upload(manager(), ambassadorsLead, "limit.pdf", MediaType.APPLICATION_PDF,
                                                pdf(20 * MB), null, null);
        assertThat(exactly.getStatusCode()).as(exactly.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theTypeIsTheContentsNotTheNameNorTheDeclaredType() throws Exception {
        long chunks = count("document_chunks");
        byte[] html = "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] exe = concat(new byte[]{'M', 'Z', (byte) 0x90, 0}, new byte[4096]);
        byte[] plainZip = zip("readme.txt", "evil.html");
        byte[] macroWord = zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");

        assertThat(rule(upload(manager(), ambassadorsLead, "合同.pdf", MediaType.APPLICATION_PDF, html, null, null)))
                .isEqualTo("type");
        assertThat(rule(upload(manager(), ambassadorsLead, "photo.svg", MediaType.IMAGE_PNG, svg, null, null)))
                .isEqualTo("type");
        assertThat(rule(upload(manager(), ambassadorsLead, "receipt.pdf", MediaType.APPLICATION_PDF, exe, null,
                               null))).isEqualTo("type");
        assertThat(rule(upload(manager(), ambassadorsLead, "licence.docx", MediaType.APPLICATION_OCTET_STREAM,
                               plainZip, null, null))).isEqualTo("type");
        assertThat(rule(upload(manager(), ambassadorsLead, "licence.docx", MediaType.APPLICATION_OCTET_STREAM,
                               macroWord, null, null))).isEqualTo("type");
        assertThat(rule(upload(manager(), ambassadorsLead, "empty.pdf", MediaType.APPLICATION_PDF, new byte[0], null,
                               null))).isEqualTo("required");
        assertThat(count("document_chunks")).isEqualTo(chunks);

        String declaredPng = id(upload(manager(), ambassadorsLead, "scan.png", MediaType.IMAGE_PNG, pdf(2048),
                                       "LICENCE", null));
        JsonNode meta = meta(manager(), declaredPng);
        assertThat(meta.get("type").asText()).isEqualTo("PDF");
        assertThat(meta.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(meta.get("name").asText()).isEqualTo("scan.png.pdf");
        assertThat(manager().getForEntity("/api/documents/" + declaredPng, byte[].class).getHeaders()
                            .getContentType()).isEqualTo(MediaType.APPLICATION_PDF);

        assertThat(typeOf(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"), "报告.docx"))
                .isEqualTo("DOCX");
        assertThat(typeOf(zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
                          "台账.xlsx")).isEqualTo("XLSX");
        assertThat(typeOf(zip("OFD.xml", "Doc_0/Document.xml"), "发票.ofd")).isEqualTo("OFD");
        assertThat(typeOf(concat(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, new byte[100]),
                          "site.jpg")).isEqualTo("JPEG");
        assertThat(typeOf(concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[100]),
                          "site.png")).isEqualTo("PNG");
        assertThat(typeOf(concat("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), new byte[100]),
                          "site.webp")).isEqualTo("WEBP");
        assertThat(typeOf(concat("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), new byte[100]),
                          "IMG_0001.HEIC")).isEqualTo("HEIC");
    }

    @Test
    void staffManagersAndTheOwnerSeeEveryDocumentOfALeadAndOnlyThoseWhoMayChangeItUpload() throws Exception {
        String internal = id(upload(manager(), ambassadorsLead, "银行回单.pdf", MediaType.APPLICATION_PDF, pdf(1000),
                                    "BANK_RECEIPT", false));
        String shared = id(upload(manager(), ambassadorsLead, "现场照片.png", MediaType.IMAGE_PNG, png(), "PHOTO", true));

        for (TestRestTemplate sees : new TestRestTemplate[]{manager(), as("staff"), as("staff-li.na")}) {
            assertThat(sees.getForEntity("/api/documents/" + internal, byte[].class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(listed(sees, ambassadorsLead)).contains(internal, shared);
        }
        assertThat(upload(as("staff"), ambassadorsLead, "not-mine.pdf", MediaType.APPLICATION_PDF, pdf(100), null,
                          null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String owners = id(upload(as("staff"), staffsLead, "营业执照.pdf", MediaType.APPLICATION_PDF, pdf(100),
                                  "LICENCE", null));
        assertThat(meta(as("staff"), owners).get("uploadedBy").asText()).isEqualTo("staff");
        assertThat(as("admin").getForEntity("/api/documents/" + owners, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAmbassadorSeesOnlyWhatIsSharedOnTheirOwnLeadsAndEverythingElseAnswersLikeAnUnknownId() throws Exception {
        String internal = id(upload(manager(), ambassadorsLead, "税务证明.pdf", MediaType.APPLICATION_PDF, pdf(1000),
                                    "TAX_CERTIFICATE", false));
        String shared = id(upload(manager(), ambassadorsLead, "签约照片.png", MediaType.IMAGE_PNG, png(), "PHOTO", true));
        String othersShared = id(upload(manager(), othersLead, "香港.pdf", MediaType.APPLICATION_PDF, pdf(1000), null,
                                        true));
        String unknown = UUID.randomUUID().toString();

        assertThat(ambassador().getForEntity("/api/documents/" + shared, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(listed(ambassador(), ambassadorsLead)).contains(shared).doesNotContain(internal);
        for (String hidden : new String[]{internal, othersShared}) {
            for (String path : new String[]{"", "/meta"}) {
                ResponseEntity<String> guessed = ambassador().getForEntity("/api/documents/" + hidden + path,
                                                                           String.class);
                ResponseEntity<String> missing = ambassador().getForEntity("/api/documents/" + unknown + path,
                                                                           String.class);
                assertThat(guessed.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
                assertThat(withoutInstance(guessed)).as(path).isEqualTo(withoutInstance(missing));
                assertThat(withoutInstance(guessed)).doesNotContain(hidden).doesNotContain(".pdf");
            }
        }
        ResponseEntity<String> othersList = ambassador().getForEntity("/api/leads/" + othersLead + "/documents",
                                                                      String.class);
        ResponseEntity<String> unknownList = ambassador().getForEntity("/api/leads/" + unknown + "/documents",
                                                                       String.class);
        assertThat(othersList.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withoutInstance(othersList)).isEqualTo(withoutInstance(unknownList));
        assertThat(upload(ambassador(), othersLead, "x.pdf", MediaType.APPLICATION_PDF, pdf(100), null, null)
                           .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String own = id(upload(ambassador(), ambassadorsLead, "名片.jpg", MediaType.IMAGE_JPEG,
                               concat(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB}, new byte[64]),
                               "PHOTO", false));
        assertThat(meta(ambassador(), own).get("shareable").asBoolean()).isTrue();
        assertThat(meta(manager(), own).get("uploadedBy").asText()).isEqualTo("ambassador");
    }

    @Test
    void uploadsLeaveNoFileBehindAndTheServersUploadDirectoryIsTheApplicationsAlone() throws Exception {
        upload(manager(), ambassadorsLead, "报告.pdf", MediaType.APPLICATION_PDF, pdf(3 * MB), null, null);
        upload(manager(), ambassadorsLead, "bad.pdf", MediaType.APPLICATION_PDF, concat(new byte[]{'M', 'Z'},
                                                                                         new byte[3 * MB]), null, null);

        Path uploads = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
        try (Stream<Path> left = Files.walk(uploads)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
        Path top = uploads.toRealPath();
        while (!temp.equals(top.getParent())) {
            top = top.getParent();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(top))).isEqualTo("rwx------");
    }

    @Test
    void theEndpointsAreDocumented() throws Exception {
        JsonNode paths = json.readTree(manager().getForEntity("/v3/api-docs", String.class).getBody()).get("paths");

        assertThat(paths.get("/api/documents").get("post").get("operationId").asText()).isEqualTo("uploadDocument");
        assertThat(paths.get("/api/documents").get("post").get("requestBody").get("content")
                        .has("multipart/form-data")).isTrue();
        assertThat(paths.get("/api/documents/{documentId}").get("get").get("operationId").asText())
                .isEqualTo("downloadDocument");
        assertThat(paths.get("/api/documents/{documentId}/meta").get("get").get("operationId").asText())
                .isEqualTo("getDocument");
        assertThat(paths.get("/api/leads/{leadId}/documents").get("get").get("operationId").asText())
                .isEqualTo("listLeadDocuments");
    }

    private String typeOf(byte[] content, String name) throws Exception {
        return meta(manager(), id(upload(manager(), ambassadorsLead, name, MediaType.APPLICATION_OCTET_STREAM,
                                         content, null, null))).get("type").asText();
    }

    private ResponseEntity<String> upload(TestRestTemplate as, String leadId, String name, MediaType declared,
                                          byte[] content, String kind, Boolean shareable) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(declared);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, partHeaders));
        form.add("leadId", leadId);
        if (kind != null) {
            form.add("kind", kind);
        }
        if (shareable != null) {
            form.add("shareable", shareable.toString());
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as.postForEntity("/api/documents", new HttpEntity<>(form, headers), String.class);
    }

    private String id(ResponseEntity<String> created) throws IOException {
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("id").asText();
    }

    private JsonNode meta(TestRestTemplate as, String id) throws IOException {
        ResponseEntity<String> meta = as.getForEntity("/api/documents/" + id + "/meta", String.class);
        assertThat(meta.getStatusCode()).as(meta.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(meta.getBody());
    }

    private java.util.List<String> listed(TestRestTemplate as, String leadId) throws IOException {
        ResponseEntity<String> list = as.getForEntity("/api/leads/" + leadId + "/documents", String.class);
        assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(list.getBody()).findValuesAsText("id");
    }

    private String rule(ResponseEntity<String> problem) throws IOException {
        assertThat(problem.getStatusCode()).as(problem.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return json.readTree(problem.getBody()).get("errors").get(0).get("rule").asText();
    }

    private String withoutInstance(ResponseEntity<String> response) throws IOException {
        JsonNode problem = json.readTree(response.getBody());
        ((ObjectNode) problem).remove("instance");
        return problem.toString();
    }

    private long count(String collection) {
        return database.getCollection(collection).countDocuments();
    }

    private String create(TestRestTemplate as, String lead) throws IOException {
        ResponseEntity<String> created = as.postForEntity("/api/leads", json(lead), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("leadId").asText();
    }

    private TestRestTemplate manager() {
        return as("manager");
    }

    private TestRestTemplate ambassador() {
        return as("ambassador");
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, Math.min(header.length, size));
        return content;
    }

    private static byte[] png() {
        return concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[256]);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("<x>" + entry + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String rfc5987(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
