package org.zhaoshang.crm.lead.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 item 6: every change answers the lead's new version (ETag), and If-Match is the expected version. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadVersionsApiTest {

    @Autowired
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void signIn() {
        http = http.withBasicAuth("manager", "demo");
    }

    @Test
    void eachChangeAnswersTheNewVersionSoTheNextChangeCanFollowAtOnce() throws Exception {
        ResponseEntity<String> created = send(HttpMethod.POST, "/api/leads",
                                              "{\"companyNameEn\":\"Etag Holdings\",\"market\":\"LONDON\"}", null);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(json.readTree(created.getBody()).get("version").asLong()).isZero();
        String lead = "/api/leads/" + json.readTree(created.getBody()).get("leadId").asText();

        ResponseEntity<String> logged = send(HttpMethod.POST, lead + "/activities",
                                             "{\"type\":\"VISIT_BY_THEM\",\"occurredOn\":\"" + today()
                                             + "\",\"participants\":[\"王伟\"],\"summary\":\"first visit\"}", "\"0\"");
        assertThat(logged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(logged.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(json.readTree(logged.getBody()).get("version").asLong()).isEqualTo(1);

        ResponseEntity<String> moved = send(HttpMethod.POST, lead + "/stage", "{\"to\":\"SITE_VISIT\"}",
                                            logged.getHeaders().getETag());
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(moved.getHeaders().getETag()).isEqualTo("\"2\"");

        ResponseEntity<String> added = send(HttpMethod.POST, lead + "/team", "{\"member\":\"staff\"}",
                                            moved.getHeaders().getETag());
        ResponseEntity<String> removed = send(HttpMethod.DELETE, lead + "/team/staff", null,
                                              added.getHeaders().getETag());
        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(removed.getHeaders().getETag()).isEqualTo("\"4\"");
        assertThat(history(lead)).hasSize(5);
    }

    @Test
    void aStaleIfMatchIsAConflictProblemAndChangesNothing() throws Exception {
        String lead = created("Stale Tag Trading");
        assertThat(send(HttpMethod.POST, lead + "/stage", "{\"to\":\"CONTACTED\"}", "\"0\"").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode problem = problem(send(HttpMethod.POST, lead + "/reassign", "{\"owner\":\"staff\"}", "\"0\""),
                                   HttpStatus.CONFLICT);

        assertThat(problem.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(history(lead)).hasSize(2);
    }

    @Test
    void anIfMatchThatDisagreesWithExpectedVersionOrIsMalformedIsABadRequest() throws Exception {
        String lead = created("Two Versions Ltd");

        JsonNode mismatch = problem(send(HttpMethod.POST, lead + "/stage",
                                         "{\"to\":\"CONTACTED\",\"expectedVersion\":1}", "\"0\""),
                                    HttpStatus.BAD_REQUEST);
        assertThat(mismatch.get("errors").get(0).get("field").asText()).isEqualTo("If-Match");
        assertThat(mismatch.get("errors").get(0).get("rule").asText()).isEqualTo("mismatch");

        JsonNode malformed = problem(send(HttpMethod.POST, lead + "/stage", "{\"to\":\"CONTACTED\"}", "W/\"0\""),
                                     HttpStatus.BAD_REQUEST);
        assertThat(malformed.get("errors").get(0).get("rule").asText()).isEqualTo("format");
        assertThat(history(lead)).hasSize(1);

        assertThat(send(HttpMethod.POST, lead + "/stage", "{\"to\":\"CONTACTED\",\"expectedVersion\":0}", "\"0\"")
                           .getHeaders().getETag()).isEqualTo("\"1\"");
    }

    @Test
    void aRetriedCreateAnswersTheVersionItsCreationLeft() throws Exception {
        String key = "etag-" + UUID.randomUUID();
        String body = "{\"companyNameEn\":\"Retry Etag Co\",\"market\":\"LONDON\"}";
        ResponseEntity<String> first = send(HttpMethod.POST, "/api/leads", body, null, key);
        String lead = "/api/leads/" + json.readTree(first.getBody()).get("leadId").asText();
        send(HttpMethod.POST, lead + "/stage", "{\"to\":\"CONTACTED\"}", first.getHeaders().getETag());

        ResponseEntity<String> retry = send(HttpMethod.POST, "/api/leads", body, null, key);

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(json.readTree(retry.getBody()).get("version").asLong()).isZero();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private String created(String companyName) throws Exception {
        ResponseEntity<String> created = send(HttpMethod.POST, "/api/leads",
                                              "{\"companyNameEn\":\"" + companyName + "\",\"market\":\"LONDON\"}",
                                              null);
        return "/api/leads/" + json.readTree(created.getBody()).get("leadId").asText();
    }

    private JsonNode history(String lead) throws Exception {
        return json.readTree(http.getForEntity(lead + "/history", String.class).getBody()).get("events");
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String body, String ifMatch) {
        return send(method, path, body, ifMatch, null);
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String body, String ifMatch,
                                        String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        return json.readTree(response.getBody());
    }
}
