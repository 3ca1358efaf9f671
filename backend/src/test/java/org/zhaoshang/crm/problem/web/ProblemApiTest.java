package org.zhaoshang.crm.problem.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.JsonRequests;
import org.zhaoshang.crm.eventstore.EventLog;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.command.DesignateKeyProjectCommand;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/** Problems (督办) over the REST API: status codes, versions, who may move them, and bad input storing nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DEPARTMENT_PASSWORD = "Dept-user-pass-2026";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private CommandGateway commands;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aProblemIsAssignedNotedResolvedClosedAndReopenedByThoseWhoMay() throws Exception {
        String department = department();
        String departmentUser = departmentUser(department);
        String lead = lead("staff");

        ResponseEntity<String> raised = send("staff", HttpMethod.POST, "/api/leads/" + lead + "/problems", null,
                                             raise(department, TODAY.plusDays(14)));
        assertThat(raised.getStatusCode()).as(raised.getBody()).isEqualTo(HttpStatus.CREATED);
        String problem = json.readTree(raised.getBody()).get("id").asText();
        assertThat(raised.getHeaders().getLocation()).hasToString("/api/problems/" + problem);
        assertThat(raised.getHeaders().getETag()).isEqualTo("\"0\"");
        String path = "/api/problems/" + problem;

        assertThat(changed(send(departmentUser, HttpMethod.POST, path + "/progress", "\"0\"",
                                "{\"note\":\"已报市局协调用地指标\"}"))).isEqualTo("\"1\"");
        assertThat(rule(send("manager", HttpMethod.POST, path + "/close", null, "{}"), "status"))
                .isEqualTo("not-resolved");
        assertThat(send("staff", HttpMethod.POST, path + "/resolve", null, "{\"resolution\":\"已解决\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(changed(send(departmentUser, HttpMethod.POST, path + "/resolve", null,
                                "{\"resolution\":\"指标已下达\",\"expectedVersion\":1}"))).isEqualTo("\"2\"");
        assertThat(send(departmentUser, HttpMethod.POST, path + "/close", null, "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(changed(send("manager", HttpMethod.POST, path + "/close", "\"2\"", "{\"note\":\"同意销号\"}")))
                .isEqualTo("\"3\"");
        assertThat(rule(send("manager", HttpMethod.POST, path + "/talk", null,
                             talk(TODAY)), "status")).isEqualTo("closed");
        assertThat(changed(send("manager", HttpMethod.POST, path + "/reopen", null,
                                "{\"reason\":\"企业反映仍未落实\",\"dueOn\":\"" + TODAY.plusDays(7) + "\"}")))
                .isEqualTo("\"4\"");
        assertThat(changed(send("manager", HttpMethod.POST, path + "/talk", null, talk(TODAY.minusDays(1)))))
                .isEqualTo("\"5\"");
        assertThat(send("staff", HttpMethod.POST, path + "/progress", "\"4\"", "{\"note\":\"late\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(changed(send("staff", HttpMethod.POST, path + "/progress", "\"5\"", "{\"note\":\"企业已补材料\"}")))
                .isEqualTo("\"6\"");
        assertThat(problemEvents(problem)).isEqualTo(7);
    }

    @Test
    void whoMayNotIsRefusedWith403AndNothingIsStored() throws Exception {
        String department = department();
        String lead = lead("staff");
        for (String caller : List.of("staff-liu.yang", "ambassador", "leader", "admin", departmentUser(department))) {
            assertThat(send(caller, HttpMethod.POST, "/api/leads/" + lead + "/problems", null,
                            raise(department, TODAY)).getStatusCode()).as(caller).isEqualTo(HttpStatus.FORBIDDEN);
        }
        String problem = json.readTree(send("manager", HttpMethod.POST, "/api/leads/" + lead + "/problems", null,
                                            raise(department, TODAY)).getBody()).get("id").asText();
        String path = "/api/problems/" + problem;
        String otherDepartmentUser = departmentUser(department());
        for (String caller : List.of("staff-liu.yang", "ambassador", "leader", "admin", otherDepartmentUser)) {
            assertThat(send(caller, HttpMethod.POST, path + "/progress", null, "{\"note\":\"n\"}").getStatusCode())
                    .as(caller).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(caller, HttpMethod.POST, path + "/resolve", null, "{\"resolution\":\"r\"}")
                               .getStatusCode()).as(caller).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(changed(send("manager", HttpMethod.POST, path + "/resolve", null, "{\"resolution\":\"r\"}")))
                .isEqualTo("\"1\"");
        for (String caller : List.of("staff", "ambassador", "leader", "admin")) {
            assertThat(send(caller, HttpMethod.POST, path + "/close", null, "{}").getStatusCode())
                    .as(caller).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(caller, HttpMethod.POST, path + "/reopen", null, "{\"reason\":\"r\"}").getStatusCode())
                    .as(caller).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(problemEvents(problem)).isEqualTo(2);
    }

    @Test
    void managersAndTheKeyProjectsLeaderRecordATalkAndNobodyElse() throws Exception {
        String department = department();
        String lead = lead("staff");
        commands.sendAndWait(new DesignateKeyProjectCommand(TODAY.getYear(), lead,
                                                            new Designation("leader", department, "年内签约"), null));
        String problem = json.readTree(send("staff", HttpMethod.POST, "/api/leads/" + lead + "/problems", null,
                                            raise(department, TODAY)).getBody()).get("id").asText();
        String path = "/api/problems/" + problem + "/talk";

        for (String caller : List.of("leader-sun.hai", "staff", "ambassador", "admin")) {
            assertThat(send(caller, HttpMethod.POST, path, null, talk(TODAY)).getStatusCode()).as(caller)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(changed(send("leader", HttpMethod.POST, path, null, talk(TODAY)))).isEqualTo("\"1\"");
        assertThat(changed(send("manager", HttpMethod.POST, path, "\"1\"", talk(TODAY)))).isEqualTo("\"2\"");
        assertThat(problemEvents(problem)).isEqualTo(3);
    }

    @Test
    void badInputIsA400ProblemNamingTheRuleAndStoresNothing() throws Exception {
        String department = department();
        String lead = lead("staff");
        long before = allProblemEvents();

        ResponseEntity<String> bad = send("staff", HttpMethod.POST, "/api/leads/" + lead + "/problems", null,
                                          "{\"description\":\" \",\"department\":\"" + department + "\",\"dueOn\":\""
                                          + TODAY.minusDays(1) + "\"}");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(bad.getBody()).at("/errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("description", "dueOn");
        assertThat(rule(send("staff", HttpMethod.POST, "/api/leads/" + lead + "/problems", null,
                             raise("no-such-department", TODAY)), "department")).isEqualTo("unknown-department");
        assertThat(send("staff", HttpMethod.POST, "/api/leads/" + lead + "/problems", null,
                        "{\"description\":\"d\",\"department\":\"" + department + "\",\"dueOn\":\"tomorrow\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(send("staff", HttpMethod.POST, "/api/leads/" + lead + "/problems", null,
                        "{\"description\":\"" + "问".repeat(2_001) + "\",\"department\":\"" + department
                        + "\",\"dueOn\":\"" + TODAY + "\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(send("staff", HttpMethod.POST, "/api/leads/" + UUID.randomUUID() + "/problems", null,
                        raise(department, TODAY)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("manager", HttpMethod.POST, "/api/problems/" + UUID.randomUUID() + "/progress", null,
                        "{\"note\":\"n\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(allProblemEvents()).isEqualTo(before);

        String problem = json.readTree(send("staff", HttpMethod.POST, "/api/leads/" + lead + "/problems", null,
                                            raise(department, TODAY)).getBody()).get("id").asText();
        String path = "/api/problems/" + problem;
        assertThat(rule(send("manager", HttpMethod.POST, path + "/talk", null, talk(TODAY.plusDays(1))), "heldOn"))
                .isEqualTo("not-future");
        assertThat(rule(send("manager", HttpMethod.POST, path + "/progress", null, "{\"note\":\"\"}"), "note"))
                .isEqualTo("required");
        assertThat(rule(send("manager", HttpMethod.POST, path + "/reopen", null, "{\"reason\":\"r\"}"), "status"))
                .isEqualTo("open");
        assertThat(rule(send("manager", HttpMethod.POST, path + "/progress", "3", "{\"note\":\"n\"}"), "If-Match"))
                .isEqualTo("format");
        assertThat(send("manager", HttpMethod.POST, path + "/resolve", null, null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problemEvents(problem)).isEqualTo(1);
    }

    private static String raise(String department, LocalDate dueOn) {
        return "{\"description\":\"用地指标未落实\",\"department\":\"" + department + "\",\"dueOn\":\"" + dueOn + "\"}";
    }

    private static String talk(LocalDate heldOn) {
        return "{\"heldOn\":\"" + heldOn + "\",\"participants\":\"区发改局局长\",\"summary\":\"限期两周落实\"}";
    }

    private String changed(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        return answer.getHeaders().getETag();
    }

    /** The rule of a 400 problem's error on {@code field}. */
    private String rule(ResponseEntity<String> refused, String field) throws Exception {
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        for (JsonNode error : json.readTree(refused.getBody()).at("/errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("rule").asText();
            }
        }
        throw new AssertionError("no error on " + field + ": " + refused.getBody());
    }

    private long problemEvents(String problem) {
        return database.getCollection(MongoEventStorageEngine.EVENTS)
                       .countDocuments(com.mongodb.client.model.Filters.and(eq("type", "Problem"),
                                                                            eq(EventLog.AGGREGATE_ID_FIELD, problem)));
    }

    private long allProblemEvents() {
        return database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments(eq("type", "Problem"));
    }

    private String department() {
        String code = "d-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> defined = send("admin", HttpMethod.POST, "/api/departments", null,
                                              "{\"code\":\"" + code + "\",\"nameZh\":\"区发改局\","
                                              + "\"nameEn\":\"Development and Reform Bureau\"}");
        assertThat(defined.getStatusCode()).as(defined.getBody()).isEqualTo(HttpStatus.CREATED);
        return code;
    }

    /** A staff user of the department (and of no lead). */
    private String departmentUser(String department) {
        String user = "dept-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> created = send("admin", HttpMethod.POST, "/api/admin/users", null,
                                              "{\"username\":\"" + user + "\",\"displayName\":\"周敏\","
                                              + "\"password\":\"" + DEPARTMENT_PASSWORD + "\",\"roles\":[\"STAFF\"],"
                                              + "\"department\":\"" + department + "\"}");
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return user;
    }

    private String lead(String owner) throws Exception {
        ResponseEntity<String> created = send(owner, HttpMethod.POST, "/api/leads", null,
                                              "{\"companyNameEn\":\"Problem Test " + UUID.randomUUID()
                                              + "\",\"market\":\"JAPAN\"}");
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("leadId").asText();
    }

    private ResponseEntity<String> send(String caller, HttpMethod method, String path, String ifMatch, String body) {
        String password = caller.startsWith("dept-") ? DEPARTMENT_PASSWORD : "demo";
        return http.withBasicAuth(caller, password).exchange(path, method, JsonRequests.json(body, ifMatch),
                                                             String.class);
    }
}
