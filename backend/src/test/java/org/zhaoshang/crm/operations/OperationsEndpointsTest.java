package org.zhaoshang.crm.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.JsonRequests.json;

/** Health for anyone, details and metrics for administrators only (metrics export is off in tests unless asked). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class OperationsEndpointsTest {

    @Autowired
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anyoneSeesWhetherTheStoreAndTheProjectionsAreUpButNotTheirDetails() throws Exception {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(health.getBody());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.get("components").get("store").get("status").asText()).isEqualTo("UP");
        assertThat(body.get("components").get("projections").get("status").asText()).isEqualTo("UP");
        assertThat(health.getBody()).doesNotContain("lagEvents").doesNotContain("embedded");
    }

    @Test
    void administratorsSeeEachProcessorsLagTheStoresModeAndTheVersion() throws Exception {
        JsonNode health = json.readTree(http.withBasicAuth("admin", "demo")
                                            .getForEntity("/actuator/health", String.class).getBody());
        JsonNode readModels = health.get("components").get("projections").get("details").get("read-models");
        assertThat(readModels.get("running").asBoolean()).isTrue();
        assertThat(readModels.get("lagEvents").asLong()).isNotNegative();
        assertThat(health.get("components").get("store").get("details").get("mode").asText()).isEqualTo("embedded");

        JsonNode info = json.readTree(http.withBasicAuth("admin", "demo")
                                          .getForEntity("/actuator/info", String.class).getBody());
        assertThat(info.get("store").get("mode").asText()).isEqualTo("embedded");
        assertThat(info.get("application").get("name").asText()).isEqualTo("Zhaoshang CRM");
    }

    @Test
    void metricsAreForAdministratorsOnlyAndCountCommandsAndProjectionLag() {
        assertThat(http.postForEntity("/api/leads", json("{\"companyNameEn\":\"Metric Capital\",\"market\":\"LONDON\"}"),
                                      String.class).getStatusCode()).isIn(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("staff", "demo")
                       .postForEntity("/api/leads", json("{\"companyNameEn\":\"Metric Capital\",\"market\":\"LONDON\"}"),
                                      String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("staff", "demo").getForEntity("/actuator/prometheus", String.class)
                       .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> prometheus = http.withBasicAuth("admin", "demo")
                                                .getForEntity("/actuator/prometheus", String.class);
        assertThat(prometheus.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(prometheus.getBody()).contains("zhaoshang_projection_lag{processor=\"read-models\"}")
                                        .contains("zhaoshang_projection_rebuild_progress")
                                        .containsPattern("commandBus.*CreateLeadCommand");
    }
}
