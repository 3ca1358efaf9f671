package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.StoredEvents;
import org.springframework.context.ApplicationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error cases every endpoint that changes a lead shares, endpoint by endpoint: an unknown lead is 404, a stale
 * {@code expectedVersion} is 409 with the current version, malformed JSON is 400; none of them stores an event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadEndpointErrorsTest {

    @Autowired
    private ApplicationContext app;

    @Autowired
    private TestRestTemplate http;

    /** A demo manager: every lead and report (access per role is tested in {@code AccessMatrixTest}). */
    @BeforeEach
    void signIn() {
        http = http.withBasicAuth("manager", "demo");
    }
    private final ObjectMapper json = new ObjectMapper();

    /** Each endpoint with a body it would accept on a new lead (the ids of members are made up where needed). */
    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint(HttpMethod.POST, "/stage", "{\"to\":\"CONTACTED\"}"),
                new Endpoint(HttpMethod.PUT, "/source", "{\"market\":\"JAPAN\"}"),
                new Endpoint(HttpMethod.POST, "/reassign", "{\"owner\":\"staff-li.na\"}"),
                new Endpoint(HttpMethod.PUT, "/assessment", "{\"priority\":\"HIGH\"}"),
                new Endpoint(HttpMethod.PUT, "/company", "{\"companyNameEn\":\"Osaka Medical\"}"),
                new Endpoint(HttpMethod.PUT, "/numbers", "{\"investmentAmountWan\":5000}"),
                new Endpoint(HttpMethod.POST, "/activities",
                             "{\"type\":\"CALL\",\"occurredOn\":\"2026-11-02\",\"summary\":\"call\"}"),
                new Endpoint(HttpMethod.POST, "/contacts", "{\"familyName\":\"Sato\",\"givenName\":\"Ken\"}"),
                new Endpoint(HttpMethod.POST, "/follow-ups",
                             "{\"nextStep\":\"call\",\"dueOn\":\"2099-01-01\",\"assignee\":\"staff-li.na\"}"),
                new Endpoint(HttpMethod.POST, "/hold", "{\"reason\":\"budget\",\"revisitOn\":\"2099-01-01\"}"),
                new Endpoint(HttpMethod.POST, "/lose", "{\"reason\":\"COSTS_TOO_HIGH\"}"));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void anUnknownLeadIsNotFound(Endpoint endpoint) throws Exception {
        long before = storedEvents();

        JsonNode problem = problem(send(endpoint, "no-such-lead", endpoint.body()), HttpStatus.NOT_FOUND);

        assertThat(problem.get("detail").asText()).isEqualTo("No lead with this id");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aStaleExpectedVersionIsAConflict(Endpoint endpoint) throws Exception {
        String leadId = newLead();
        assertThat(send(new Endpoint(HttpMethod.POST, "/reassign", "{\"owner\":\"staff-wang.fang\"}"), leadId,
                        "{\"owner\":\"staff-wang.fang\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        long before = storedEvents();

        String stale = endpoint.body().replaceFirst("}$", ",\"expectedVersion\":0}");
        JsonNode problem = problem(send(endpoint, leadId, stale), HttpStatus.CONFLICT);

        assertThat(problem.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void malformedJsonIsABadRequest(Endpoint endpoint) throws Exception {
        String leadId = newLead();
        long before = storedEvents();

        JsonNode problem = problem(send(endpoint, leadId, "{\"oops\":"), HttpStatus.BAD_REQUEST);

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aMethodThePathDoesNotTakeIsAProblem() throws Exception {
        long before = storedEvents();

        JsonNode problem = problem(http.exchange("/api/leads", HttpMethod.DELETE, entity("{}"), String.class),
                                   HttpStatus.METHOD_NOT_ALLOWED);

        assertThat(problem.get("status").asInt()).isEqualTo(405);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private String newLead() throws Exception {
        ResponseEntity<String> created = http.postForEntity(
                "/api/leads", entity("{\"companyNameEn\":\"Fuji Elder Care\",\"market\":\"JAPAN\"}"), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("leadId").asText();
    }

    private ResponseEntity<String> send(Endpoint endpoint, String leadId, String body) {
        return http.exchange("/api/leads/" + leadId + endpoint.path(), endpoint.method(), entity(body), String.class);
    }

    private static HttpEntity<String> entity(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        return json.readTree(response.getBody());
    }

    private long storedEvents() {
        return StoredEvents.count(app);
    }

    record Endpoint(HttpMethod method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
