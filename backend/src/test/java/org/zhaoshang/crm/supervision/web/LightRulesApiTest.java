package org.zhaoshang.crm.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import com.mongodb.client.MongoDatabase;
import org.zhaoshang.crm.eventstore.EventLog;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.ChangeLightRulesCommand;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The light rules through the API: who reads and changes them, versions as ETag/If-Match, bad numbers refused with
 * nothing stored. The tests share one application, so each reads the version it changes against.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LightRulesApiTest {

    private static final String RULES = "/api/lights/rules";
    private static final String SHORT_RULES = """
            {"yellowCardDays":1,"redCardDays":7,"yellowMilestoneDays":1,"redMilestoneDays":15,
             "yellowNoProgressDays":30,"redNoProgressDays":45,"progress":["STAGE_MOVE","ACTIVITY"]""";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private Clock clock;
    @Autowired
    private MongoDatabase database;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aManagerChangesTheRulesFromADayAndEveryoneOfTheBureauReadsThem() throws Exception {
        LocalDate today = BureauTime.today(clock);
        ResponseEntity<String> before = exchange("staff", HttpMethod.GET, RULES, null, null);
        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.OK);
        long version = json.readTree(before.getBody()).get("version").asLong();

        ResponseEntity<String> changed = exchange("manager", HttpMethod.PUT, RULES,
                                                  SHORT_RULES + ",\"effectiveFrom\":\"" + today.plusDays(3) + "\"}",
                                                  version < 0 ? null : "\"" + version + "\"");
        assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        String etag = changed.getHeaders().getETag();
        assertThat(etag).isEqualTo("\"" + (version + 1) + "\"");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ResponseEntity<String> read = exchange("manager", HttpMethod.GET, RULES, null, null);
            assertThat(read.getHeaders().getETag()).isEqualTo(etag);
            JsonNode history = json.readTree(read.getBody());
            JsonNode last = history.get("changes").get(history.get("changes").size() - 1);
            assertThat(last.get("effectiveFrom").asText()).isEqualTo(today.plusDays(3).toString());
            assertThat(last.get("by").asText()).isEqualTo("manager");
            assertThat(last.get("rules").get("redCardDays").asInt()).isEqualTo(7);
            assertThat(history.get("current").get("redCardDays").asInt()).as("not in force before its day")
                                                                         .isNotEqualTo(7);
        });
        assertThat(exchange("admin", HttpMethod.GET, RULES, null, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exchange("ambassador", HttpMethod.GET, RULES, null, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> byAdmin = exchange("admin", HttpMethod.PUT, RULES, SHORT_RULES + "}", etag);
        assertThat(byAdmin.getStatusCode()).as(byAdmin.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> late = exchange("admin", HttpMethod.PUT, RULES, SHORT_RULES + "}", etag);
        assertThat(late.getStatusCode()).as("against the version before the change").isEqualTo(HttpStatus.CONFLICT);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                json.readTree(exchange("staff", HttpMethod.GET, RULES, null, null).getBody())
                    .get("current").get("redCardDays").asInt()).as("in force from today").isEqualTo(7));
    }

    @Test
    void onlyAdministratorsAndManagersChangeThem() {
        for (String user : new String[]{"staff", "ambassador"}) {
            assertThat(exchange(user, HttpMethod.PUT, RULES, SHORT_RULES + "}", null).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void aLeaderReadsTheRulesAndChangesNothing() {
        ResponseEntity<String> created = exchange("admin", HttpMethod.POST, "/api/admin/users", """
                {"username":"leader-rules","displayName":"赵区长","password":"Quiet-Lake-2031",
                 "roles":["LEADER"]}""", null);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(exchange("leader-rules", "Quiet-Lake-2031", HttpMethod.GET, RULES, null, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(exchange("leader-rules", "Quiet-Lake-2031", HttpMethod.PUT, RULES, SHORT_RULES + "}", null)
                           .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void badNumbersAndRedBeforeYellowAreRefusedAndNothingIsStored() throws Exception {
        long before = rulesEvents();
        JsonNode order = problem(SHORT_RULES.replace("\"redCardDays\":7", "\"redCardDays\":0")
                                            .replace("\"redNoProgressDays\":45", "\"redNoProgressDays\":20") + "}");
        assertThat(order.findValuesAsText("field")).containsExactlyInAnyOrder("redCardDays", "redCardDays",
                                                                              "redNoProgressDays");
        assertThat(problem(SHORT_RULES.replace("\"yellowCardDays\":1", "\"yellowCardDays\":99999999999") + "}")
                           .findValuesAsText("field")).containsExactly("yellowCardDays");
        assertThat(problem(SHORT_RULES.replace("\"yellowCardDays\":1,", "") + "}").findValuesAsText("field"))
                .containsExactly("yellowCardDays");
        assertThat(problem(SHORT_RULES.replace("[\"STAGE_MOVE\",\"ACTIVITY\"]", "[\"GOSSIP\"]") + "}")
                           .findValuesAsText("field")).singleElement().asString().startsWith("progress");
        assertThat(problem(SHORT_RULES + ",\"effectiveFrom\":\"" + BureauTime.today(clock).minusDays(1) + "\"}")
                           .findValuesAsText("field")).containsExactly("effectiveFrom");
        assertThat(rulesEvents()).isEqualTo(before);
    }

    /** The rules' own events: the demo's signed projects write events of their own meanwhile. */
    private long rulesEvents() {
        return database.getCollection(EventLog.EVENTS).countDocuments(
                new org.bson.Document(EventLog.AGGREGATE_ID_FIELD, ChangeLightRulesCommand.RULES_ID));
    }

    private JsonNode problem(String body) throws Exception {
        ResponseEntity<String> refused = exchange("manager", HttpMethod.PUT, RULES, body, null);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        return json.readTree(refused.getBody()).get("errors");
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body, String ifMatch) {
        return exchange(user, "demo", method, path, body, ifMatch);
    }

    private ResponseEntity<String> exchange(String user, String password, HttpMethod method, String path, String body,
                                            String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return http.withBasicAuth(user, password).exchange(path, method, new HttpEntity<>(body, headers),
                                                           String.class);
    }
}
