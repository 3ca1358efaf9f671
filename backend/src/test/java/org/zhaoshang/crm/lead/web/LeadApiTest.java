package org.zhaoshang.crm.lead.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadApiTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void createdLeadIsListedWithItsStage() throws Exception {
        ResponseEntity<String> created = post("/api/leads",
                                              "{\"companyNameEn\":\"Standard Chartered\",\"companyNameZh\":\"渣打银行\",\"market\":\"LONDON\"}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String leadId = json.readTree(created.getBody()).get("leadId").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/leads/" + leadId);

        assertThat(post("/api/leads/" + leadId + "/stage", "{\"stage\":\"SITE_VISIT\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode lead = findListed(leadId);
            assertThat(lead).isNotNull();
            assertThat(lead.get("companyNameZh").asText()).isEqualTo("渣打银行");
            assertThat(lead.get("stage").asText()).isEqualTo("SITE_VISIT");
        });
    }

    @Test
    void missingNamesAndMarketAreNamedInAProblemAndNothingIsStored() throws Exception {
        long eventsBefore = storedEvents();

        ResponseEntity<String> response = post("/api/leads", "{\"companyNameEn\":\"  \"}");

        JsonNode problem = problem(response, HttpStatus.BAD_REQUEST);
        assertThat(problem.get("title").asText()).isEqualTo("Invalid input");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("companyName", "market");
        assertThat(problem.get("errors").findValuesAsText("rule")).containsExactly("required", "required");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void unknownMarketListsTheAllowedOnes() throws Exception {
        JsonNode problem = problem(post("/api/leads", "{\"companyNameEn\":\"X\",\"market\":\"MARS\"}"),
                                   HttpStatus.BAD_REQUEST);

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("market");
        assertThat(problem.get("errors").get(0).get("message").asText())
                .isEqualTo("must be one of LONDON, HONG_KONG, JAPAN, KOREA, BEIJING, OTHER");
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() throws Exception {
        ResponseEntity<String> response = post("/api/leads", "{\"companyNameEn\":");

        JsonNode problem = problem(response, HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(response.getBody()).doesNotContain("Exception", "at org.");
    }

    @Test
    void movingAnUnknownLeadIsNotFound() throws Exception {
        JsonNode problem = problem(post("/api/leads/no-such-lead/stage", "{\"stage\":\"CONTACTED\"}"),
                                   HttpStatus.NOT_FOUND);

        assertThat(problem.get("detail").asText()).isEqualTo("No lead with this id");
    }

    @Test
    void movingToTheCurrentStageIsRejected() throws Exception {
        String leadId = json.readTree(post("/api/leads", "{\"companyNameZh\":\"三星生命\",\"market\":\"KOREA\"}")
                                              .getBody()).get("leadId").asText();

        JsonNode problem = problem(post("/api/leads/" + leadId + "/stage", "{\"stage\":\"LEAD\"}"),
                                   HttpStatus.BAD_REQUEST);

        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("unchanged");
    }

    @Test
    void pagingParametersAreValidated() throws Exception {
        assertThat(problem(http.getForEntity("/api/leads?size=0", String.class), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("field").asText()).isEqualTo("size");
        assertThat(problem(http.getForEntity("/api/leads?size=201", String.class), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("rule").asText()).isEqualTo("range");
        assertThat(problem(http.getForEntity("/api/leads?page=-1", String.class), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("field").asText()).isEqualTo("page");
        assertThat(problem(http.getForEntity("/api/leads?page=abc", String.class), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("message").asText()).isEqualTo("must be a whole number");
    }

    private JsonNode findListed(String leadId) throws Exception {
        JsonNode page = json.readTree(http.getForEntity("/api/leads?size=200", String.class).getBody());
        for (JsonNode lead : page.get("leads")) {
            if (lead.get("leadId").asText().equals(leadId)) {
                return lead;
            }
        }
        return null;
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        return json.readTree(response.getBody());
    }

    private long storedEvents() {
        return database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments();
    }
}
