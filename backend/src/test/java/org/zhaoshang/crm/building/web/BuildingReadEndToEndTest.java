package org.zhaoshang.crm.building.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.JsonRequests;
import org.zhaoshang.crm.StoredEvents;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read side behind the write API: a building registered, a unit added and let today through the REST API shows
 * in the list, on the stacking plan (its version the ETag), in the unit's history and in the summary's take-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BuildingReadEndToEndTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private Clock clock;
    @Autowired
    private ApplicationContext app;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aUnitLetThroughTheApiShowsOnTheStackingPlanInItsHistoryAndInTheTakeUp() throws Exception {
        LocalDate today = BureauTime.today(clock);
        StoredEvents.count(app); // the demo's lets reach the summary first: they must not count as this test's
        BigDecimal takenUpBefore = takenUp();
        String name = "读端大厦 " + UUID.randomUUID();
        ResponseEntity<String> registered = send("manager", HttpMethod.POST, "/api/buildings",
                "{\"nameZh\":\"" + name + "\",\"kind\":\"BUILDING\",\"zone\":\"SHANDA_ROAD_TECH_AXIS\","
                + "\"manager\":\"staff\",\"totalAreaM2\":6000,\"commercialAreaM2\":5000,\"floorsAbove\":5}");
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        String path = "/api/buildings/" + json.readTree(registered.getBody()).get("id").asText();
        ResponseEntity<String> added = send("staff", HttpMethod.POST, path + "/units",
                "{\"floor\":3,\"number\":\"301\",\"position\":1,\"areaM2\":500,\"askingRentYuanPerM2Day\":4.5}");
        assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
        String unit = json.readTree(added.getBody()).get("id").asText();
        ResponseEntity<String> let = send("staff", HttpMethod.POST, path + "/units/" + unit + "/let",
                "{\"tenant\":{\"companyName\":\"Barclays Jinan\"},\"from\":\"" + today + "\"}");
        assertThat(let.getStatusCode().is2xxSuccessful()).as(let.getBody()).isTrue();
        String version = let.getHeaders().getETag();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(send("leader", HttpMethod.GET, path, null).getHeaders().getETag()).isEqualTo(version));
        JsonNode detail = json.readTree(send("leader", HttpMethod.GET, path, null).getBody());
        JsonNode third = detail.get("floors").get(2);
        assertThat(third.get("floor").asInt()).isEqualTo(3);
        assertThat(third.get("units").get(0).get("status").asText()).isEqualTo("LET");
        assertThat(third.get("units").get(0).get("tenant").get("companyName").asText()).isEqualTo("Barclays Jinan");
        assertThat(detail.get("vacancy").get("letAreaM2").decimalValue()).isEqualByComparingTo("500");
        assertThat(detail.get("mayChange").asBoolean()).as("a leader changes nothing").isFalse();

        JsonNode mine = json.readTree(send("staff", HttpMethod.GET, "/api/buildings?mine=true&q=" + name, null)
                                              .getBody());
        assertThat(mine.get("buildings").get(0).get("vacancy").get("vacancyRate").decimalValue())
                .isEqualByComparingTo("0");
        JsonNode history = json.readTree(send("staff", HttpMethod.GET, path + "/units/" + unit + "/history", null)
                                                 .getBody()).get("entries");
        assertThat(history.findValuesAsText("change")).containsExactly("LET", "ADDED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(takenUp()).isEqualByComparingTo(takenUpBefore.add(new BigDecimal("500"))));
    }

    private BigDecimal takenUp() throws Exception {
        ResponseEntity<String> summary = send("manager", HttpMethod.GET, "/api/space/summary", null);
        assertThat(summary.getStatusCode()).as(summary.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(summary.getBody()).get("takeUp").get("letM2").decimalValue();
    }

    private ResponseEntity<String> send(String caller, HttpMethod method, String path, String body) {
        return http.withBasicAuth(caller, "demo").exchange(path, method, JsonRequests.json(body, null), String.class);
    }
}
