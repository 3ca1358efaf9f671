package org.zhaoshang.crm.ambassador.web;

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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AmbassadorApiTest {

    @Autowired
    private TestRestTemplate http;

    /** A demo manager: every lead and report (access per role is tested in {@code AccessMatrixTest}). */
    @BeforeEach
    void signIn() {
        http = http.withBasicAuth("manager", "demo");
    }
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void registerListUpdateAndDeactivate() throws Exception {
        ResponseEntity<String> registered = send(HttpMethod.POST, "/api/ambassadors",
                                                 "{\"kind\":\"INVESTMENT_AMBASSADOR\",\"name\":\"Park Jiwoo\","
                                                         + "\"organisation\":\"Korea-China Chamber\",\"markets\":[\"KOREA\"],"
                                                         + "\"email\":\"jiwoo@chamber.example\"}");
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = json.readTree(registered.getBody()).get("id").asText();
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(listedIds(false)).contains(id));

        assertThat(send(HttpMethod.PUT, "/api/ambassadors/" + id,
                        "{\"kind\":\"INVESTMENT_AMBASSADOR\",\"name\":\"Park Jiwoo\",\"markets\":[\"KOREA\",\"JAPAN\"],"
                                + "\"expectedVersion\":0}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(send(HttpMethod.PUT, "/api/ambassadors/" + id,
                        "{\"kind\":\"INVESTMENT_AMBASSADOR\",\"name\":\"Park\",\"expectedVersion\":0}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(send(HttpMethod.POST, "/api/ambassadors/" + id + "/deactivate", "{\"reason\":\"retired\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(listedIds(false)).doesNotContain(id);
            assertThat(listedIds(true)).contains(id);
        });
        JsonNode ambassador = json.readTree(http.getForEntity("/api/ambassadors/" + id, String.class).getBody());
        assertThat(ambassador.get("profile").get("markets")).hasSize(2);
        assertThat(ambassador.get("active").asBoolean()).isFalse();
    }

    @Test
    void aLeadCreditsAnAmbassadorTheMomentTheRegistrationIsAcknowledgedAndNotOnceDeactivated() throws Exception {
        String id = json.readTree(send(HttpMethod.POST, "/api/ambassadors",
                                       "{\"kind\":\"INTERNATIONAL_PARTNER\",\"name\":\"Hanul Partners\"}")
                                          .getBody()).get("id").asText();
        String lead = "{\"companyNameEn\":\"Mirae Content\",\"market\":\"KOREA\",\"introducedBy\":\"" + id + "\"}";

        assertThat(send(HttpMethod.POST, "/api/leads", lead).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode scorecards = json.readTree(http.getForEntity("/api/ambassadors/scorecards", String.class)
                                                    .getBody());
            JsonNode mine = null;
            for (JsonNode scorecard : scorecards) {
                if (scorecard.get("ambassador").get("ambassadorId").asText().equals(id)) {
                    mine = scorecard;
                }
            }
            assertThat(mine).isNotNull();
            assertThat(mine.get("ambassador").get("profile").get("name").asText()).isEqualTo("Hanul Partners");
            assertThat(mine.get("scorecard").get("leads").asLong()).isOne();
        });
        assertThat(send(HttpMethod.POST, "/api/ambassadors/" + id + "/deactivate", "{\"reason\":\"contract ended\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> afterwards = send(HttpMethod.POST, "/api/leads", lead);
        assertThat(afterwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(afterwards.getBody()).get("errors").get(0).get("field").asText())
                .isEqualTo("introducedBy");

        assertThat(send(HttpMethod.POST, "/api/ambassadors/" + id + "/reactivate", "{\"reason\":\"new contract\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(send(HttpMethod.POST, "/api/leads", lead).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(listedIds(false)).contains(id));
    }

    @Test
    void deactivationWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
        String id = json.readTree(send(HttpMethod.POST, "/api/ambassadors",
                                       "{\"kind\":\"INTERNATIONAL_PARTNER\",\"name\":\"Busan Link\"}")
                                          .getBody()).get("id").asText();

        ResponseEntity<String> refused = send(HttpMethod.POST, "/api/ambassadors/" + id + "/deactivate", "{}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("reason");
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(listedIds(false)).contains(id));
    }

    @Test
    void badInputAndUnknownIdsAreProblems() throws Exception {
        ResponseEntity<String> bad = send(HttpMethod.POST, "/api/ambassadors",
                                          "{\"kind\":\"INVESTMENT_AMBASSADOR\",\"name\":\"X\",\"email\":\"x@\"}");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("email");

        ResponseEntity<String> unknown = http.getForEntity("/api/ambassadors/nobody", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).get("detail").asText()).isEqualTo("No ambassador with this id");
    }

    private List<String> listedIds(boolean includeInactive) throws Exception {
        JsonNode list = json.readTree(http.getForEntity("/api/ambassadors?includeInactive=" + includeInactive,
                                                        String.class).getBody());
        List<String> ids = new ArrayList<>();
        list.get("ambassadors").forEach(ambassador -> ids.add(ambassador.get("ambassadorId").asText()));
        return ids;
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
