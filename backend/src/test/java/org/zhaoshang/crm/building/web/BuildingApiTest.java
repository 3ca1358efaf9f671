package org.zhaoshang.crm.building.web;

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
import org.zhaoshang.crm.JsonRequests;
import org.zhaoshang.crm.eventstore.EventLog;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The building library's changes over the REST API: status codes, versions, who may, and refusals storing nothing.
 * The building's manager (楼长) here is the user "staff"; "staff-liu.yang" owns the lead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BuildingApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aManagerRegistersABuildingAndItsManagerKeepsItsProfileAndUnits() throws Exception {
        ResponseEntity<String> registered = send("manager", HttpMethod.POST, "/api/buildings", null,
                                                 building("staff", 30, null));
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        String building = json.readTree(registered.getBody()).get("id").asText();
        assertThat(registered.getHeaders().getLocation()).hasToString("/api/buildings/" + building);
        assertThat(registered.getHeaders().getETag()).isEqualTo("\"0\"");
        String path = "/api/buildings/" + building;

        assertThat(changed(send("staff", HttpMethod.PUT, path, "\"0\"", building("staff", 32, null))))
                .isEqualTo("\"1\"");
        ResponseEntity<String> added = send("staff", HttpMethod.POST, path + "/units", null, unit(12, "1201", 1));
        assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getHeaders().getETag()).isEqualTo("\"2\"");
        String unit = json.readTree(added.getBody()).get("id").asText();
        assertThat(send("staff", HttpMethod.PUT, path + "/units/" + unit, "\"1\"", unit(12, "1201", 2))
                           .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(changed(send("staff", HttpMethod.PUT, path + "/units/" + unit, null,
                                unit(12, "1201", 2).replace("}", ",\"expectedVersion\":2}"))))
                .isEqualTo("\"3\"");
        assertThat(changed(send("manager", HttpMethod.POST, path + "/tax", null,
                                "{\"year\":" + (TODAY.getYear() - 1) + ",\"amountWan\":12000}"))).isEqualTo("\"4\"");
        assertThat(buildingEvents(building)).isEqualTo(5);
    }

    @Test
    void whoMayNotIsRefusedWith403AndNothingIsStored() throws Exception {
        for (String caller : List.of("staff", "ambassador", "admin", "leader")) {
            assertThat(send(caller, HttpMethod.POST, "/api/buildings", null, building(null, 30, null))
                               .getStatusCode()).as(caller).isEqualTo(HttpStatus.FORBIDDEN);
        }
        String building = register("staff");
        String path = "/api/buildings/" + building;
        for (String caller : List.of("staff-liu.yang", "ambassador", "admin", "leader")) {
            assertThat(send(caller, HttpMethod.PUT, path, null, building("staff", 31, null)).getStatusCode())
                    .as(caller).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(caller, HttpMethod.POST, path + "/units", null, unit(1, "101", 1)).getStatusCode())
                    .as(caller).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(send("staff", HttpMethod.PUT, path, null, building("staff-liu.yang", 30, null)).getStatusCode())
                .as("the building's manager naming another").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("staff", HttpMethod.POST, path + "/tax", null, "{\"year\":2025,\"amountWan\":1}")
                           .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(buildingEvents(building)).isEqualTo(1);
    }

    @Test
    void badInputIsA400ProblemNamingTheRuleAndAnUnknownBuildingOrUnitA404() throws Exception {
        ResponseEntity<String> bad = send("manager", HttpMethod.POST, "/api/buildings", null,
                                          "{\"nameZh\":\" \",\"kind\":\"BUILDING\",\"zone\":\"FINANCIAL_CITY_CLUSTER\","
                                          + "\"totalAreaM2\":100,\"commercialAreaM2\":200,\"floorsAbove\":1}");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(bad.getBody()).at("/errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("nameZh", "commercialAreaM2");
        assertThat(send("manager", HttpMethod.POST, "/api/buildings", null, "{\"kind\":\"TOWER\"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(send("manager", HttpMethod.PUT, "/api/buildings/" + UUID.randomUUID(), null,
                        building(null, 30, null)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String building = register("staff");
        String path = "/api/buildings/" + building;
        assertThat(send("manager", HttpMethod.PUT, path + "/units/no-such-unit", null, unit(1, "101", 1))
                           .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rule(send("staff", HttpMethod.POST, path + "/units", null, unit(31, "3101", 1)), "floor"))
                .isEqualTo("no-such-floor");
        assertThat(rule(send("staff", HttpMethod.PUT, path, "3", building("staff", 30, null)), "If-Match"))
                .isEqualTo("format");
        assertThat(rule(send("manager", HttpMethod.POST, path + "/tax", null,
                             "{\"year\":" + TODAY.getYear() + ",\"month\":13,\"amountWan\":1}"), "month"))
                .isEqualTo("range");
        assertThat(send("manager", HttpMethod.POST, path + "/tax", null, null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(buildingEvents(building)).isEqualTo(1);
    }

    @Test
    void aLeadsOwnerReservesAdjacentUnitsAndLetsThemOnceToItsLead() throws Exception {
        String lead = leadAtIntent("staff-liu.yang");
        String building = register("staff");
        String path = "/api/buildings/" + building;
        String u1 = addUnit(path, 12, "1201", 1);
        String u2 = addUnit(path, 12, "1202", 2);
        String u3 = addUnit(path, 12, "1203", 3);

        assertThat(rule(send("staff-liu.yang", HttpMethod.POST, path + "/units/" + u1 + "/reserve", null,
                             "{\"leadId\":\"" + lead + "\",\"withUnits\":[\"" + u3 + "\"]}"), "withUnits"))
                .isEqualTo("adjacent");
        assertThat(changed(send("staff-liu.yang", HttpMethod.POST, path + "/units/" + u1 + "/reserve", null,
                                "{\"leadId\":\"" + lead + "\",\"withUnits\":[\"" + u2 + "\"],\"until\":\""
                                + TODAY.plusDays(60) + "\"}"))).isEqualTo("\"5\"");
        String tenant = "{\"tenant\":{\"companyName\":\"Barclays Jinan\",\"leadId\":\"" + lead + "\"},\"from\":\""
                        + TODAY + "\",\"rentYuanPerM2Day\":4.5,\"withUnits\":[\"" + u2 + "\"]}";
        assertThat(send("staff-liu.yang", HttpMethod.POST, path + "/units/" + u3 + "/let", null,
                        tenant.replace(u2, u2 + "\",\"" + u1)).getStatusCode())
                .as("a unit not reserved for the lead").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(changed(send("staff-liu.yang", HttpMethod.POST, path + "/units/" + u1 + "/let", "\"5\"", tenant)))
                .isEqualTo("\"7\"");
        assertThat(rule(send("staff", HttpMethod.POST, path + "/units/" + u1 + "/let", null,
                             "{\"tenant\":{\"companyName\":\"济南律所\"},\"from\":\"" + TODAY + "\"}"), "unitId"))
                .isEqualTo("let");
        assertThat(rule(send("staff", HttpMethod.POST, path + "/units/" + u3 + "/reserve", null,
                             "{\"leadId\":\"" + lead + "\",\"withUnits\":[\"" + u2 + "\"]}"), "withUnits[0]"))
                .isEqualTo("let");
        assertThat(changed(send("staff", HttpMethod.POST, path + "/units/" + u1 + "/vacate", null,
                                "{\"vacatedOn\":\"" + TODAY + "\"}"))).isEqualTo("\"8\"");
        assertThat(buildingEvents(building)).isEqualTo(9);
    }

    private String register(String manager) throws Exception {
        ResponseEntity<String> registered = send("manager", HttpMethod.POST, "/api/buildings", null,
                                                 building(manager, 30, null));
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(registered.getBody()).get("id").asText();
    }

    private String addUnit(String path, int floor, String number, int position) throws Exception {
        ResponseEntity<String> added = send("staff", HttpMethod.POST, path + "/units", null,
                                            unit(floor, number, position));
        assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(added.getBody()).get("id").asText();
    }

    private static String building(String manager, int floorsAbove, Long expectedVersion) {
        return "{\"nameZh\":\"汇金大厦\",\"nameEn\":\"Huijin Tower\",\"kind\":\"BUILDING\","
               + "\"zone\":\"FINANCIAL_CITY_CLUSTER\",\"address\":\"经十路 1 号\","
               + (manager == null ? "" : "\"manager\":\"" + manager + "\",")
               + "\"totalAreaM2\":60000,\"commercialAreaM2\":50000,\"floorsAbove\":" + floorsAbove
               + ",\"floorsBelow\":3,\"themes\":[\"PROFESSIONAL_SERVICES\"]"
               + (expectedVersion == null ? "" : ",\"expectedVersion\":" + expectedVersion) + "}";
    }

    private static String unit(int floor, String number, int position) {
        return "{\"floor\":" + floor + ",\"number\":\"" + number + "\",\"position\":" + position
               + ",\"areaM2\":500,\"askingRentYuanPerM2Day\":4.5}";
    }

    /** A lead the user owns, at INTENT. */
    private String leadAtIntent(String owner) throws Exception {
        ResponseEntity<String> created = send(owner, HttpMethod.POST, "/api/leads", null,
                                              "{\"companyNameEn\":\"Building Test " + UUID.randomUUID()
                                              + "\",\"market\":\"LONDON\"}");
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String lead = json.readTree(created.getBody()).get("leadId").asText();
        assertThat(send(owner, HttpMethod.PUT, "/api/leads/" + lead + "/numbers", null,
                        "{\"investmentAmountWan\":5000,\"targetZone\":\"FINANCIAL_CITY_CLUSTER\",\"floorSpaceM2\":1000}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(send(owner, HttpMethod.POST, "/api/leads/" + lead + "/activities", null,
                        "{\"type\":\"VISIT_BY_THEM\",\"occurredOn\":\"" + TODAY + "\",\"summary\":\"visit\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> moved = send(owner, HttpMethod.POST, "/api/leads/" + lead + "/stage", null,
                                            "{\"to\":\"INTENT\"}");
        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        return lead;
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

    private long buildingEvents(String building) {
        return database.getCollection(MongoEventStorageEngine.EVENTS)
                       .countDocuments(and(eq("type", "Building"), eq(EventLog.AGGREGATE_ID_FIELD, building)));
    }

    private ResponseEntity<String> send(String caller, HttpMethod method, String path, String ifMatch, String body) {
        return http.withBasicAuth(caller, "demo").exchange(path, method, JsonRequests.json(body, ifMatch),
                                                           String.class);
    }
}
