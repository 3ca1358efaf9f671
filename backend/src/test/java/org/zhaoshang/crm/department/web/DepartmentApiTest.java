package org.zhaoshang.crm.department.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.security.api.PeopleDirectory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.JsonRequests.json;
import static org.awaitility.Awaitility.await;

/** The department list over REST, and administrators giving a user a department from it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DepartmentApiTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private PeopleDirectory people;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void administratorsKeepTheListAndEveryRoleButAmbassadorsReadsIt() throws Exception {
        String code = newCode();
        ResponseEntity<String> defined = send("admin", HttpMethod.POST, "/api/departments", null,
                                              "{\"code\":\"" + code + "\",\"nameZh\":\"区商务局\","
                                              + "\"nameEn\":\"District Commerce Bureau\"}");
        assertThat(defined.getStatusCode()).as(defined.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(defined.getBody()).get("id").asText()).isEqualTo(code);
        assertThat(defined.getHeaders().getETag()).isEqualTo("\"0\"");
        for (String reader : List.of("staff", "manager", "admin", "leader")) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(codes(reader, false)).contains(code));
        }
        assertThat(send("ambassador", HttpMethod.GET, "/api/departments", null, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        for (String other : List.of("staff", "manager", "leader", "ambassador")) {
            assertThat(send(other, HttpMethod.POST, "/api/departments", null,
                            "{\"code\":\"" + newCode() + "\",\"nameZh\":\"甲\",\"nameEn\":\"A\"}").getStatusCode())
                    .as(other).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(other, HttpMethod.PUT, "/api/departments/" + code, null,
                            "{\"nameZh\":\"甲\",\"nameEn\":\"A\"}").getStatusCode())
                    .as(other).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(other, HttpMethod.DELETE, "/api/departments/" + code, null, null).getStatusCode())
                    .as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }

        ResponseEntity<String> renamed = send("admin", HttpMethod.PUT, "/api/departments/" + code, "\"0\"",
                                              "{\"nameZh\":\"区商务和投资促进局\",\"nameEn\":\"Commerce and Investment\"}");
        assertThat(renamed.getStatusCode()).as(renamed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(renamed.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(send("admin", HttpMethod.PUT, "/api/departments/" + code, "\"0\"",
                        "{\"nameZh\":\"又改\",\"nameEn\":\"Again\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(send("admin", HttpMethod.DELETE, "/api/departments/" + code, "\"1\"", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(codes("staff", false)).doesNotContain(code);
            JsonNode all = json.readTree(send("staff", HttpMethod.GET, "/api/departments?includeRetired=true", null,
                                              null).getBody());
            JsonNode mine = null;
            for (JsonNode department : all) {
                mine = department.get("code").asText().equals(code) ? department : mine;
            }
            assertThat(mine).isNotNull();
            assertThat(mine.get("nameZh").asText()).isEqualTo("区商务和投资促进局");
            assertThat(mine.get("nameEn").asText()).isEqualTo("Commerce and Investment");
            assertThat(mine.get("retired").asBoolean()).isTrue();
        });
        assertThat(rule(send("admin", HttpMethod.DELETE, "/api/departments/" + code, null, null))).isEqualTo("retired");
    }

    @Test
    void badInputIsRefusedWithTheRuleAndStoresNothing() throws Exception {
        long before = departmentEvents();
        String code = newCode();
        ResponseEntity<String> blank = send("admin", HttpMethod.POST, "/api/departments", null,
                                            "{\"code\":\"" + code + "\",\"nameZh\":\" \",\"nameEn\":\""
                                            + "x".repeat(201) + "\"}");
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(blank.getBody()).at("/errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("nameZh", "nameEn");
        assertThat(rule(send("admin", HttpMethod.POST, "/api/departments", null,
                             "{\"code\":\"no spaces/please\",\"nameZh\":\"甲\",\"nameEn\":\"A\"}")))
                .isEqualTo("identifier");
        assertThat(rule(send("admin", HttpMethod.POST, "/api/departments", null,
                             "{\"nameZh\":\"甲\",\"nameEn\":\"A\"}"))).isEqualTo("required");
        assertThat(send("admin", HttpMethod.PUT, "/api/departments/" + code, null,
                        "{\"nameZh\":\"甲\",\"nameEn\":\"A\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(departmentEvents()).isEqualTo(before);

        assertThat(send("admin", HttpMethod.POST, "/api/departments", null,
                        "{\"code\":\"" + code + "\",\"nameZh\":\"甲\",\"nameEn\":\"A\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(rule(send("admin", HttpMethod.POST, "/api/departments", null,
                             "{\"code\":\"" + code + "\",\"nameZh\":\"乙\",\"nameEn\":\"B\"}"))).isEqualTo("unique");
        assertThat(departmentEvents()).isEqualTo(before + 1);
    }

    @Test
    void administratorsGiveAUserAnActiveDepartmentAndTheLogKeepsIt() throws Exception {
        String code = newCode();
        String retired = newCode();
        for (String each : List.of(code, retired)) {
            assertThat(send("admin", HttpMethod.POST, "/api/departments", null,
                            "{\"code\":\"" + each + "\",\"nameZh\":\"区住建局\",\"nameEn\":\"Housing\"}")
                               .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        assertThat(send("admin", HttpMethod.DELETE, "/api/departments/" + retired, null, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String user = "dept-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> created = send("admin", HttpMethod.POST, "/api/admin/users", null,
                                              "{\"username\":\"" + user + "\",\"displayName\":\"周敏\","
                                              + "\"password\":\"Dept-user-pass-2026\",\"roles\":[\"STAFF\"],"
                                              + "\"department\":\"" + code + "\"}");
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(created.getBody()).get("department").asText()).isEqualTo(code);
        assertThat(people.departmentOf(user)).isEqualTo(code);

        String path = "/api/admin/users/" + user + "/department";
        assertThat(rule(send("admin", HttpMethod.PUT, path, null, "{\"department\":\"no-such-department\"}")))
                .isEqualTo("unknown-department");
        assertThat(rule(send("admin", HttpMethod.PUT, path, null, "{\"department\":\"" + retired + "\"}")))
                .isEqualTo("unknown-department");
        assertThat(rule(send("admin", HttpMethod.POST, "/api/admin/users", null,
                             "{\"username\":\"" + user + "-2\",\"displayName\":\"周\",\"password\":"
                             + "\"Dept-user-pass-2026\",\"roles\":[\"STAFF\"],\"department\":\"" + retired + "\"}")))
                .isEqualTo("unknown-department");
        assertThat(send("manager", HttpMethod.PUT, path, null, "{\"department\":null}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(people.departmentOf(user)).isEqualTo(code);

        ResponseEntity<String> cleared = send("admin", HttpMethod.PUT, path, null,
                                              "{\"department\":\"\",\"expectedVersion\":0}");
        assertThat(cleared.getStatusCode()).as(cleared.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(cleared.getBody()).get("department").isNull()).isTrue();
        assertThat(people.departmentOf(user)).isNull();
        JsonNode log = json.readTree(send("admin", HttpMethod.GET, "/api/admin/security-log?username=" + user, null,
                                          null).getBody());
        assertThat(log.findValuesAsText("type")).contains("DEPARTMENT_CHANGED");
        assertThat(log.findValuesAsText("detail")).contains(code + " -> null");
    }

    private List<String> codes(String caller, boolean includeRetired) throws Exception {
        ResponseEntity<String> list = send(caller, HttpMethod.GET, "/api/departments?includeRetired=" + includeRetired,
                                           null, null);
        assertThat(list.getStatusCode()).as(caller).isEqualTo(HttpStatus.OK);
        List<String> codes = new ArrayList<>();
        json.readTree(list.getBody()).forEach(department -> codes.add(department.get("code").asText()));
        return codes;
    }

    private String rule(ResponseEntity<String> refused) throws Exception {
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return json.readTree(refused.getBody()).at("/errors/0/rule").asText();
    }

    private long departmentEvents() {
        return database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments(eq("type", "Department"));
    }

    private static String newCode() {
        return "d-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ResponseEntity<String> send(String caller, HttpMethod method, String path, String ifMatch, String body) {
        return http.withBasicAuth(caller, "demo").exchange(path, method, json(body, ifMatch), String.class);
    }
}
