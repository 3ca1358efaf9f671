package org.zhaoshang.crm.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.importing.sheet.HostileSheets;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * Hostile uploads through the REST API: each is refused with a problem within 10 s, and a list request made
 * meanwhile answers within a second. Saved mappings are bounded and their headers stored as data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileImportsApiTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    @LocalServerPort
    private int port;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void signIn() {
        http = http.withBasicAuth("staff", "demo");
    }

    @Test
    void aWorkbookDeclaringRowTwoBillionIsRefusedWhileTheListAnswers() throws Exception {
        assertThat(refusedWhileTheListAnswers("rows.xlsx", HostileSheets.xlsxDeclaringRowTwoBillion()))
                .isEqualTo("too-many-rows");
    }

    @Test
    void aCsvWithAMillionHeaderColumnsIsRefusedWhileTheListAnswers() throws Exception {
        assertThat(refusedWhileTheListAnswers("wide.csv", HostileSheets.csvWithAMillionHeaderColumns()))
                .isEqualTo("too-many-columns");
    }

    @Test
    void aZipBombIsRefusedWhileTheListAnswers() throws Exception {
        assertThat(refusedWhileTheListAnswers("bomb.xlsx", HostileSheets.xlsxZipBomb())).isEqualTo("too-large");
    }

    @Test
    void anUploadBeyondTheServersLimitIsA413Problem() throws Exception {
        String response = rawRequest("POST", "/api/imports", "multipart/form-data; boundary=b", 30L * 1024 * 1024,
                                     "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 413").contains("Content-Type: application/problem+json")
                            .contains("\"status\":413").contains("\"rule\":\"too-large\"");
    }

    @Test
    void aMappingWithoutAFieldIsA400NamingIt() throws Exception {
        JsonNode problem = problem(putMapping("空", "{\"单位\": null}"));
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("单位");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("required");
        JsonNode unknown = problem(putMapping("空", "{\"单位\": \"COMPANY\"}"));
        assertThat(unknown.get("errors").get(0).get("field").asText()).isEqualTo("单位");
        assertThat(unknown.get("errors").get(0).get("rule").asText()).isEqualTo("type");
    }

    @Test
    void aMappingOfMoreColumnsThanASheetHasOrOfAHugeBodyIsRefused() throws Exception {
        StringBuilder wide = new StringBuilder("{");
        for (int column = 0; column < 201; column++) {
            wide.append(column == 0 ? "" : ",").append("\"c").append(column).append("\":\"IGNORED\"");
        }
        assertThat(problem(putMapping("宽", wide.append('}').toString())).get("errors").get(0).get("rule").asText())
                .isEqualTo("too-many");
        long started = System.nanoTime();
        assertThat(rawRequest("PUT", "/api/imports/mappings/huge", "application/json", 16L * 1024 * 1024,
                              "{\"c0\":\"IGNORED\",\"c1\":\"IGNORED\""))
                .startsWith("HTTP/1.1 400").contains("\"rule\":\"too-large\"");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        StringBuilder large = new StringBuilder("{");
        for (int column = 0; column < 30_000; column++) {
            large.append(column == 0 ? "" : ",").append("\"c").append(column).append("\":\"IGNORED\"");
        }
        assertThat(problem(putMapping("巨", large.append('}').toString())).get("errors").get(0).get("rule").asText())
                .isEqualTo("too-large");
        assertThat(problem(putMapping("x", "{\"" + "长".repeat(501) + "\": \"IGNORED\"}"))
                           .get("errors").get(0).get("rule").asText()).isEqualTo("max-length");
        assertThat(problem(putMapping("x", "{\"a\\u0000b\": \"IGNORED\"}")).get("errors").get(0).get("rule").asText())
                .isEqualTo("control-character");
        assertThat(database.getCollection("import_mappings").countDocuments(new Document("_id", "巨"))).isZero();
    }

    @Test
    void headersSuchAsDollarWhereAreStoredAsDataAndMappingsSavedBeforeStillRead() throws Exception {
        assertThat(putMapping("怪", "{\"$where\": \"COMPANY_NAME\", \"No.\": \"IGNORED\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        Document stored = database.getCollection("import_mappings").find(new Document("_id", "怪")).first();
        assertThat(stored.getList("columns", Document.class)).containsExactly(
                new Document("column", "$where").append("field", "COMPANY_NAME"),
                new Document("column", "No.").append("field", "IGNORED"));
        database.getCollection("import_mappings").insertOne(
                new Document("_id", "旧").append("columns", new Document("单位", "COMPANY_NAME")));

        JsonNode all = json.readTree(http.getForEntity("/api/imports/mappings", String.class).getBody());
        assertThat(all.get("怪").get("$where").asText()).isEqualTo("COMPANY_NAME");
        assertThat(all.get("旧").get("单位").asText()).isEqualTo("COMPANY_NAME");
    }

    /**
     * Sends the headers of a request declaring {@code length} bytes and the start of its body, then reads the answer:
     * the server answers from the headers, without reading the rest (a client sending it all would see the
     * connection closed under it).
     */
    private String rawRequest(String method, String path, String contentType, long length, String bodyStart)
            throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String credentials = Base64.getEncoder().encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                       + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n" + bodyStart)
                              .getBytes(StandardCharsets.UTF_8));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) { // the problem's end
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Uploads on another thread, asks for the list meanwhile; the refusal's rule. */
    private String refusedWhileTheListAnswers(String name, byte[] content) throws Exception {
        long started = System.nanoTime();
        CompletableFuture<ResponseEntity<String>> refused = CompletableFuture.supplyAsync(() -> upload(name, content));
        long listStarted = System.nanoTime();
        ResponseEntity<String> list = http.getForEntity("/api/leads", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Duration.ofNanos(System.nanoTime() - listStarted)).isLessThan(Duration.ofSeconds(1));

        ResponseEntity<String> response = refused.get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        JsonNode problem = problem(response);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("file");
        return problem.get("errors").get(0).get("rule").asText();
    }

    private JsonNode problem(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> putMapping(String name, String body) {
        return http.exchange("/api/imports/mappings/" + name, HttpMethod.PUT, json(body), String.class);
    }

    private ResponseEntity<String> upload(String name, byte[] content) {
        return ImportReports.post(http, "/api/imports", name, content);
    }

}
