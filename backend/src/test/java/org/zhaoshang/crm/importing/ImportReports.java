package org.zhaoshang.crm.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Posting a sheet and reading its import report as the API answers it, for the import tests. */
final class ImportReports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportReports() {
    }

    /** A sheet posted to {@code path} (such as {@code /api/imports?apply=false}) as the upload form sends it. */
    static ResponseEntity<String> post(TestRestTemplate http, String path, String fileName, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    /** The report of a sheet the API took ({@code 200}). */
    static JsonNode report(TestRestTemplate http, String path, String fileName, byte[] content)
            throws JsonProcessingException {
        ResponseEntity<String> response = post(http, path, fileName, content);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(response.getBody());
    }

    /** Each row's outcome, in the sheet's order. */
    static List<String> outcomes(JsonNode report) {
        List<String> outcomes = new ArrayList<>();
        report.get("rowReports").forEach(row -> outcomes.add(row.get("outcome").asText()));
        return outcomes;
    }

    /** The report of a row by its number in the sheet (the header being row 1). */
    static JsonNode row(JsonNode report, int sheetRow) {
        for (JsonNode row : report.get("rowReports")) {
            if (row.get("row").asInt() == sheetRow) {
                return row;
            }
        }
        throw new AssertionError("no row " + sheetRow);
    }

    /**
     * The leads' events in the store: what an import writes. Other aggregates' events (a signed project the reactions
     * create for a signed demo lead, while the test runs) are not the import's.
     */
    static long storedLeadEvents(MongoDatabase database) {
        return database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments(new Document("type", "Lead"));
    }
}
