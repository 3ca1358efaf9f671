package org.zhaoshang.crm.performance.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Performance of the demo's signed projects through the API: managers only (the matrix is in
 * {@code AccessMatrixTest}), bad parameters as problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PerformanceApiTest {

    @Autowired
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void ratesStuckListsAndTheProjectsBehindAFigure() throws Exception {
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode report = get("manager", "/api/performance?dimension=ALL", HttpStatus.OK);
            assertThat(report.get("rows").get(0).get("projects").asLong()).isPositive();
        });
        JsonNode report = get("manager", "/api/performance?knowledge=AS_KNOWN_THEN&asOf=2026-01-31",
                              HttpStatus.OK);
        assertThat(report.get("knowledge").asText()).isEqualTo("AS_KNOWN_THEN");
        assertThat(report.get("rows").get(0).get("figures")).hasSize(8);
        JsonNode stuck = get("manager", "/api/performance/stuck?kind=OFFICE", HttpStatus.OK);
        assertThat(stuck.get("lists").findValuesAsText("list"))
                .containsExactly("SIGNED_NOT_REGISTERED", "REGISTERED_WITHOUT_CAPITAL", "REGISTERED_NOT_MOVED_IN",
                                 "MOVED_IN_NOT_OPERATING");
        JsonNode projects = get("manager", "/api/performance/projects?rate=PERFORMANCE&part=DENOMINATOR",
                                HttpStatus.OK);
        assertThat(projects.get("projects").isArray()).isTrue();
    }

    @Test
    void badParametersAreProblemsAndChangeNothing() throws Exception {
        assertThat(get("manager", "/api/performance?year=1900", HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("field").asText()).isEqualTo("year");
        assertThat(get("manager", "/api/performance?asOf=2026-02-30", HttpStatus.BAD_REQUEST).get("status").asInt())
                .isEqualTo(400);
        assertThat(get("manager", "/api/performance?dimension=COLOUR", HttpStatus.BAD_REQUEST).get("status").asInt())
                .isEqualTo(400);
        assertThat(get("manager", "/api/performance/stuck?kind=FARM", HttpStatus.BAD_REQUEST).get("status").asInt())
                .isEqualTo(400);
        assertThat(get("manager", "/api/performance/projects?part=NUMERATOR", HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("field").asText()).isEqualTo("rate");
    }

    @Test
    void staffAndAmbassadorsAreRefused() throws Exception {
        for (String user : new String[] {"staff", "ambassador"}) {
            assertThat(get(user, "/api/performance", HttpStatus.FORBIDDEN).get("status").asInt()).isEqualTo(403);
            get(user, "/api/performance/stuck", HttpStatus.FORBIDDEN);
            get(user, "/api/performance/projects?rate=REGISTRATION&part=NUMERATOR", HttpStatus.FORBIDDEN);
        }
    }

    private JsonNode get(String user, String path, HttpStatus status) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        return json.readTree(response.getBody());
    }
}
