package org.zhaoshang.crm.keyproject.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectIds;
import org.zhaoshang.crm.keyproject.api.KeyProjectLeaders;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * Key projects over REST: managers designate and stop them (versions as ETag/If-Match), the responsible leader alone
 * writes instructions, bad input is a 400 problem naming the rule and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyProjectApiTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private KeyProjectLeaders leaders;
    @Autowired
    private Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private String lead;
    private String department;
    private int year;

    @BeforeEach
    void leadAndDepartment() throws Exception {
        year = BureauTime.today(clock).getYear();
        ResponseEntity<String> created = send("manager", HttpMethod.POST, "/api/leads", null,
                                              "{\"companyNameEn\":\"Key Project Holdings\",\"market\":\"JAPAN\"}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        lead = json.readTree(created.getBody()).get("leadId").asText();
        department = "kp-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send("admin", HttpMethod.POST, "/api/departments", null,
                        "{\"code\":\"" + department + "\",\"nameZh\":\"区商务局\",\"nameEn\":\"Commerce\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private String designation(String leader) {
        return "{\"leader\":\"" + leader + "\",\"department\":\"" + department + "\",\"goal\":\"年内签约并开工\"}";
    }

    private String keyProject() {
        return "/api/key-projects/" + year + "/" + lead;
    }

    @Test
    void aManagerDesignatesChangesAndStopsAKeyProjectWithVersions() throws Exception {
        ResponseEntity<String> designated = send("manager", HttpMethod.PUT, keyProject(), null, designation("leader"));
        assertThat(designated.getStatusCode()).as(designated.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(designated.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(leaders.answersFor("leader", year, lead)).isTrue();

        ResponseEntity<String> again = send("manager", HttpMethod.PUT, keyProject(), "\"0\"", designation("leader"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(again.getHeaders().getETag()).as("the same designation changes nothing").isEqualTo("\"0\"");
        ResponseEntity<String> moved = send("manager", HttpMethod.PUT, keyProject(), "\"0\"",
                                            designation("leader-sun.hai"));
        assertThat(moved.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(leaders.answersFor("leader", year, lead)).isFalse();
        assertThat(leaders.answersFor("leader-sun.hai", year, lead)).isTrue();
        assertThat(send("manager", HttpMethod.PUT, keyProject(), "\"0\"", designation("leader")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<String> stopped = send("manager", HttpMethod.DELETE, keyProject() + "?reason=企业暂缓投资", "\"1\"",
                                              null);
        assertThat(stopped.getStatusCode()).as(stopped.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(stopped.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(leaders.answersFor("leader-sun.hai", year, lead)).isFalse();
        assertThat(rule(send("manager", HttpMethod.DELETE, keyProject(), null, "{\"reason\":\"再停\"}")))
                .isEqualTo("not-key");
        assertThat(send("manager", HttpMethod.PUT, keyProject(), null, designation("leader")).getHeaders().getETag())
                .as("a stopped project is designated again").isEqualTo("\"3\"");
        assertThat(send("manager", HttpMethod.DELETE, "/api/key-projects/" + year + "/no-such-lead?reason=x", null,
                        null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void nobodyButManagersDesignatesOrStops() throws Exception {
        for (String caller : List.of("staff", "ambassador", "admin", "leader")) {
            assertThat(send(caller, HttpMethod.PUT, keyProject(), null, designation("leader")).getStatusCode())
                    .as(caller).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(keyProjectEvents()).isZero();
        send("manager", HttpMethod.PUT, keyProject(), null, designation("leader"));
        for (String caller : List.of("staff", "ambassador", "admin", "leader")) {
            assertThat(send(caller, HttpMethod.DELETE, keyProject() + "?reason=x", null, null).getStatusCode())
                    .as(caller).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(keyProjectEvents()).isEqualTo(1);
    }

    @Test
    void badDesignationsAreRefusedWithTheRuleAndStoreNothing() throws Exception {
        assertThat(rule(send("manager", HttpMethod.PUT, keyProject(), null, designation("staff"))))
                .isEqualTo("not-a-leader");
        assertThat(rule(send("manager", HttpMethod.PUT, keyProject(), null,
                             "{\"leader\":\"leader\",\"department\":\"no-such-department\",\"goal\":\"目标\"}")))
                .isEqualTo("unknown-department");
        ResponseEntity<String> empty = send("manager", HttpMethod.PUT, keyProject(), null,
                                            "{\"leader\":\" \",\"department\":\"a b\",\"goal\":\"" + "x".repeat(501)
                                            + "\"}");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(empty.getBody()).at("/errors").findValuesAsText("field"))
                .contains("leader", "department", "goal");
        assertThat(rule(send("manager", HttpMethod.PUT, "/api/key-projects/1999/" + lead, null,
                             designation("leader")))).isEqualTo("range");
        assertThat(send("manager", HttpMethod.PUT, "/api/key-projects/next-year/" + lead, null,
                        designation("leader")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(send("manager", HttpMethod.PUT, "/api/key-projects/" + year + "/no-such-lead", null,
                        designation("leader")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rule(send("manager", HttpMethod.PUT, keyProject(), "3", designation("leader"))))
                .isEqualTo("format");
        assertThat(keyProjectEvents()).isZero();

        send("manager", HttpMethod.PUT, keyProject(), null, designation("leader"));
        assertThat(rule(send("manager", HttpMethod.DELETE, keyProject(), null, null))).isEqualTo("required");
        assertThat(keyProjectEvents()).isEqualTo(1);
    }

    @Test
    void theResponsibleLeaderAloneWritesInstructionsOnTheProjectAndItsProblems() throws Exception {
        send("manager", HttpMethod.PUT, keyProject(), null, designation("leader"));
        String instructions = "/api/leads/" + lead + "/instructions";

        ResponseEntity<String> written = send("leader", HttpMethod.POST, instructions, null,
                                              "{\"text\":\"抓紧推进，月底前报进展\"}");
        assertThat(written.getStatusCode()).as(written.getBody()).isEqualTo(HttpStatus.CREATED);
        String instructionId = json.readTree(written.getBody()).get("id").asText();
        assertThat(written.getHeaders().getETag()).isEqualTo("\"1\"");
        InstructionWrittenEvent event = (InstructionWrittenEvent) eventStore.readEvents(KeyProjectIds.of(year, lead))
                                                                            .asStream().toList().get(1).getPayload();
        assertThat(event.instructionId()).isEqualTo(instructionId);
        assertThat(event.leader()).isEqualTo("leader");
        assertThat(event.text()).isEqualTo("抓紧推进，月底前报进展");

        String problem = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("Problem", problem, 0, new ProblemRaisedEvent(
                problem, lead, "用地指标未落实", department, LocalDate.of(year, 12, 31), "manager",
                LocalDate.of(year, 1, 2))));
        assertThat(send("leader", HttpMethod.POST, instructions, null,
                        "{\"text\":\"商务局牵头协调\",\"problemId\":\"" + problem + "\",\"year\":" + year + "}")
                           .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        for (String caller : List.of("leader-sun.hai", "manager", "staff", "ambassador", "admin")) {
            assertThat(send(caller, HttpMethod.POST, instructions, null, "{\"text\":\"批示\"}").getStatusCode())
                    .as(caller).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rule(send("leader", HttpMethod.POST, instructions, null,
                             "{\"text\":\"批示\",\"problemId\":\"no-such-problem\"}"))).isEqualTo("unknown-problem");
        assertThat(rule(send("leader", HttpMethod.POST, instructions, null, "{\"text\":\" \"}")))
                .isEqualTo("required");
        assertThat(send("leader", HttpMethod.POST, instructions, null, "{\"text\":\"批示\",\"year\":" + (year - 1)
                                                                       + "}").getStatusCode())
                .as("not a key project that year").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(keyProjectEvents()).isEqualTo(3);

        send("manager", HttpMethod.DELETE, keyProject() + "?reason=停", null, null);
        assertThat(send("leader", HttpMethod.POST, instructions, null, "{\"text\":\"批示\"}").getStatusCode())
                .as("no instructions once the project stopped").isEqualTo(HttpStatus.FORBIDDEN);
    }

    private long keyProjectEvents() {
        return eventStore.readEvents(KeyProjectIds.of(year, lead)).asStream().count();
    }

    private String rule(ResponseEntity<String> refused) throws Exception {
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return json.readTree(refused.getBody()).at("/errors/0/rule").asText();
    }

    private ResponseEntity<String> send(String caller, HttpMethod method, String path, String ifMatch, String body) {
        return http.withBasicAuth(caller, "demo").exchange(path, method, json(body, ifMatch), String.class);
    }
}
