package org.zhaoshang.crm.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * Supervision read over REST: a key project of this year with a red problem and an instruction (their events, as the
 * key project's and the problem's aggregates record them), its list, dossier, problems, cockpit and leaders × lights;
 * ambassadors and administrators refused on each; bad parameters as problems. (A leader's own view: the queries'
 * access test.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionApiTest {

    private static final String LEADER = "leader.api";
    private static final String[] PATHS = {"/api/key-projects", "/api/key-projects/{year}/{lead}", "/api/problems",
                                           "/api/cockpit?leader=" + LEADER, "/api/cockpit/leaders"};

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private EventStore eventStore;
    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(BureauTime.ZONE);
    private String lead;

    @BeforeAll
    void keyProjectWithARedProblem() throws Exception {
        ResponseEntity<String> created = http.withBasicAuth("manager", "demo").postForEntity(
                "/api/leads", json("{\"companyNameEn\":\"Supervised Ltd\",\"market\":\"LONDON\"}"), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        lead = json.readTree(created.getBody()).get("leadId").asText();
        String keyProject = KeyProjectIds.of(today.getYear(), lead);
        eventStore.publish(
                new GenericDomainEventMessage<>("KeyProject", keyProject, 0, new KeyProjectDesignatedEvent(
                        keyProject, today.getYear(), lead, new Designation(LEADER, "dept-planning", "年内开工"),
                        "manager", today.minusDays(40))),
                new GenericDomainEventMessage<>("Problem", "api-problem", 0, new ProblemRaisedEvent(
                        "api-problem", lead, "规划许可", "dept-planning", today.minusDays(20), "staff",
                        today.minusDays(30))),
                new GenericDomainEventMessage<>("KeyProject", keyProject, 1, new InstructionWrittenEvent(
                        keyProject, today.getYear(), lead, "api-instruction", "api-problem", "两周内解决", LEADER,
                        today)));
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(get("staff", "/api/key-projects?leader=" + LEADER, HttpStatus.OK).get("rows"))
                        .hasSize(1));
    }

    @Test
    void staffAndManagersReadKeyProjectsDossiersAndProblems() throws Exception {
        JsonNode row = get("staff", "/api/key-projects?light=RED&leader=" + LEADER, HttpStatus.OK).get("rows").get(0);
        assertThat(row.get("leadId").asText()).isEqualTo(lead);
        assertThat(row.get("company").asText()).isEqualTo("Supervised Ltd");
        assertThat(row.get("redProblems").asInt()).isEqualTo(1);
        assertThat(row.get("reasons").get(0).get("kind").asText()).isEqualTo("RED_PROBLEM");
        assertThat(get("manager", "/api/key-projects?light=GREEN&leader=" + LEADER, HttpStatus.OK).get("rows"))
                .isEmpty();

        JsonNode dossier = get("manager", "/api/key-projects/" + today.getYear() + "/" + lead, HttpStatus.OK);
        assertThat(dossier.get("problems").get(0).get("escalation").asText()).isEqualTo("RED");
        assertThat(dossier.get("instructions").get(0).get("text").asText()).isEqualTo("两周内解决");
        assertThat(dossier.get("lights").get(0).get("from").asText()).isEqualTo(today.minusDays(40).toString());
        get("staff", "/api/key-projects/" + today.getYear() + "/no-such-lead", HttpStatus.NOT_FOUND);

        JsonNode problems = get("staff", "/api/problems?status=ASSIGNED&level=RED&department=dept-planning&leadId="
                                         + lead, HttpStatus.OK);
        assertThat(problems.get("total").asInt()).isEqualTo(1);
        assertThat(problems.get("rows").get(0).get("daysOverdue").asLong()).isEqualTo(20);
        assertThat(get("staff", "/api/problems?status=CLOSED&leadId=" + lead, HttpStatus.OK).get("total").asInt())
                .isZero();
    }

    @Test
    void managersReadAnyLeadersCockpitAndTheLeadersByLights() throws Exception {
        JsonNode cockpit = get("manager", "/api/cockpit?leader=" + LEADER, HttpStatus.OK);
        assertThat(cockpit.get("projects").get(0).get("light").asText()).isEqualTo("RED");
        assertThat(cockpit.get("redProblems").get(0).get("problemId").asText()).isEqualTo("api-problem");
        assertThat(cockpit.get("instructions").get(0).get("instructionId").asText()).isEqualTo("api-instruction");
        JsonNode leaders = get("manager", "/api/cockpit/leaders?year=" + today.getYear(), HttpStatus.OK);
        assertThat(leaders.findValuesAsText("leader")).contains(LEADER);
        get("staff", "/api/cockpit?leader=" + LEADER, HttpStatus.FORBIDDEN);
        get("staff", "/api/cockpit/leaders", HttpStatus.FORBIDDEN);
    }

    @Test
    void ambassadorsAndAdministratorsAreRefusedEverywhere() throws Exception {
        for (String user : new String[] {"ambassador", "admin"}) {
            for (String path : PATHS) {
                get(user, path.replace("{year}", String.valueOf(today.getYear())).replace("{lead}", lead),
                    HttpStatus.FORBIDDEN);
            }
        }
    }

    @Test
    void badParametersAreProblems() throws Exception {
        assertThat(get("staff", "/api/key-projects?year=1999", HttpStatus.BAD_REQUEST).get("errors").get(0)
                                                                                    .get("field").asText())
                .isEqualTo("year");
        assertThat(get("staff", "/api/key-projects?asOf=" + today.plusDays(1), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("field").asText()).isEqualTo("asOf");
        get("staff", "/api/key-projects?light=PURPLE", HttpStatus.BAD_REQUEST);
        get("staff", "/api/key-projects?knowledge=SOMETIMES", HttpStatus.BAD_REQUEST);
        get("staff", "/api/key-projects/twenty/" + lead, HttpStatus.BAD_REQUEST);
        get("staff", "/api/problems?status=LOST", HttpStatus.BAD_REQUEST);
        get("staff", "/api/problems?level=ORANGE", HttpStatus.BAD_REQUEST);
        get("staff", "/api/problems?asOf=2026-02-30", HttpStatus.BAD_REQUEST);
        get("manager", "/api/cockpit?year=2101", HttpStatus.BAD_REQUEST);
        get("manager", "/api/cockpit/leaders?asOf=yesterday", HttpStatus.BAD_REQUEST);
    }

    private JsonNode get(String user, String path, HttpStatus status) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(status);
        return json.readTree(response.getBody());
    }
}
