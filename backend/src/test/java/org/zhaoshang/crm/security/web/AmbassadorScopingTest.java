package org.zhaoshang.crm.security.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.JsonRequests.json;
import static org.awaitility.Awaitility.await;

/**
 * An ambassador (linked to demo-amb-london) tries to reach other ambassadors' leads by guessing ids, through list
 * filters and search, through history and the duplicate check, and to read the bureau's internal notes: nothing
 * leaks, and a lead they may not see answers exactly like one that does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmbassadorScopingTest {

    @Autowired
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private String others;
    private String ours;

    @BeforeAll
    void leads() throws Exception {
        others = create("{\"companyNameEn\":\"Kowloon Secret " + tag + "\",\"market\":\"HONG_KONG\","
                        + "\"introducedBy\":\"demo-amb-hk\"}");
        ours = create("{\"companyNameEn\":\"Thames Shared " + tag + "\",\"market\":\"LONDON\","
                      + "\"introducedBy\":\"demo-amb-london\"}");
        String today = LocalDate.now().toString();
        assertThat(manager().postForEntity("/api/leads/" + ours + "/activities", json(
                "{\"type\":\"MEETING\",\"occurredOn\":\"" + today + "\",\"summary\":\"internal-" + tag
                + " budget ceiling\",\"internal\":true}"), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(manager().postForEntity("/api/leads/" + ours + "/activities", json(
                "{\"type\":\"CALL\",\"occurredOn\":\"" + today + "\",\"summary\":\"public-" + tag + "\"}"),
                                           String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(
                () -> json.readTree(manager().getForEntity("/api/leads?q=" + tag, String.class).getBody())
                          .get("total").asLong() == 2);
    }

    @Test
    void aGuessedIdAnswersExactlyLikeAnUnknownOne() throws Exception {
        String unknown = UUID.randomUUID().toString();
        for (String path : new String[]{"", "/detail", "/history"}) {
            ResponseEntity<String> guessed = ambassador().getForEntity("/api/leads/" + others + path, String.class);
            ResponseEntity<String> missing = ambassador().getForEntity("/api/leads/" + unknown + path, String.class);

            assertThat(guessed.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(withoutInstance(guessed)).as(path).isEqualTo(withoutInstance(missing));
        }
        ResponseEntity<String> change = ambassador().postForEntity("/api/leads/" + others + "/contacts",
                                                                   json("{\"name\":\"Spy\"}"), String.class);
        ResponseEntity<String> changeUnknown = ambassador().postForEntity("/api/leads/" + unknown + "/contacts",
                                                                          json("{\"name\":\"Spy\"}"), String.class);
        assertThat(change.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withoutInstance(change)).isEqualTo(withoutInstance(changeUnknown));
    }

    @Test
    void listsBoardsAndSearchShowOnlyTheirOwnLeads() throws Exception {
        JsonNode all = json.readTree(ambassador().getForEntity("/api/leads?size=200", String.class).getBody());
        JsonNode filtered = json.readTree(ambassador().getForEntity("/api/leads?ambassador=demo-amb-hk",
                                                                    String.class).getBody());
        JsonNode searched = json.readTree(ambassador().getForEntity("/api/leads?q=" + tag, String.class).getBody());
        JsonNode board = json.readTree(ambassador().getForEntity("/api/pipeline?cards=200", String.class).getBody());

        assertThat(all.get("total").asLong()).isPositive();
        assertThat(all.get("leads").findValuesAsText("introducedBy")).containsOnly("demo-amb-london");
        assertThat(filtered.get("total").asLong()).isZero();
        assertThat(searched.get("leads").findValuesAsText("leadId")).containsExactly(ours);
        assertThat(board.findValuesAsText("introducedBy")).containsOnly("demo-amb-london");
        assertThat(board.findValuesAsText("leadId")).doesNotContain(others);
    }

    @Test
    void theDuplicateCheckDoesNotTellOfOtherAmbassadorsLeads() throws Exception {
        String query = "/api/leads/name-matches?companyNameEn=Kowloon Secret " + tag;

        JsonNode asAmbassador = json.readTree(ambassador().getForEntity(query, String.class).getBody());
        JsonNode asStaff = json.readTree(http.withBasicAuth("staff", "demo").getForEntity(query, String.class)
                                             .getBody());

        assertThat(asAmbassador.get("leadIds")).isEmpty();
        assertThat(asStaff.get("leadIds").get(0).asText()).isEqualTo(others);
    }

    @Test
    void internalNotesStayWithTheBureau() {
        String detail = ambassador().getForEntity("/api/leads/" + ours + "/detail", String.class).getBody();
        String history = ambassador().getForEntity("/api/leads/" + ours + "/history", String.class).getBody();
        String staffHistory = http.withBasicAuth("staff", "demo")
                                  .getForEntity("/api/leads/" + ours + "/history", String.class).getBody();

        assertThat(detail).contains("public-" + tag).doesNotContain("internal-" + tag);
        assertThat(history).contains("public-" + tag).doesNotContain("internal-" + tag);
        assertThat(staffHistory).contains("internal-" + tag);
    }

    @Test
    void aLeadTheyArePutOnTheTeamOfBecomesVisible() throws Exception {
        String lead = create("{\"companyNameEn\":\"Team Lead " + tag + "\",\"market\":\"KOREA\"}");
        assertThat(ambassador().getForEntity("/api/leads/" + lead + "/detail", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(manager().postForEntity("/api/leads/" + lead + "/team", json("{\"member\":\"ambassador\"}"),
                                           String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(ambassador().getForEntity("/api/leads/" + lead + "/detail", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(manager().exchange("/api/leads/" + lead + "/team/ambassador", HttpMethod.DELETE, null,
                                      String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(ambassador().getForEntity("/api/leads/" + lead + "/detail", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String withoutInstance(ResponseEntity<String> response) throws Exception {
        JsonNode problem = json.readTree(response.getBody());
        ((com.fasterxml.jackson.databind.node.ObjectNode) problem).remove("instance");
        return problem.toString();
    }

    /** A refusal of the domain (NotPermittedException) is a 403 problem that says why, as every refusal is. */
    @Test
    void aLeadCreditedToAnotherAmbassadorIsAForbiddenProblem() throws Exception {
        ResponseEntity<String> refused = ambassador().postForEntity("/api/leads", json(
                "{\"companyNameEn\":\"Borrowed Credit " + tag + "\",\"market\":\"HONG_KONG\","
                + "\"introducedBy\":\"demo-amb-hk\"}"), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("title").asText()).isEqualTo("Forbidden");
        assertThat(problem.get("detail").asText()).isEqualTo("Ambassadors and partners create leads credited to themselves");
    }

    private String create(String lead) throws Exception {
        ResponseEntity<String> created = manager().postForEntity("/api/leads", json(lead), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("leadId").asText();
    }

    private TestRestTemplate manager() {
        return http.withBasicAuth("manager", "demo");
    }

    private TestRestTemplate ambassador() {
        return http.withBasicAuth("ambassador", "demo");
    }
}
