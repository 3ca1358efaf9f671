package org.zhaoshang.crm.space.web;

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
import org.zhaoshang.crm.building.api.BuildingRegisteredEvent;
import org.zhaoshang.crm.building.api.UnitAddedEvent;
import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * The matches over REST: a building's events as its aggregate records them, leads made through the API; who may ask,
 * and bad parameters as 400 problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchApiTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private EventStore eventStore;
    private final ObjectMapper json = new ObjectMapper();
    private String building;
    private String staffLead;
    private String ambassadorLead;

    @BeforeEach
    void buildingAndLeads() throws Exception {
        building = "match-api-" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 1, 5);
        eventStore.publish(
                new GenericDomainEventMessage<>("Building", building, 0, new BuildingRegisteredEvent(
                        building, new BuildingProfile("匹配大厦", "Match Tower", BuildingKind.BUILDING,
                                                      TargetZone.FINANCIAL_CITY_CLUSTER, null, null, null,
                                                      new BigDecimal("20000"), new BigDecimal("18000"), 20, 1,
                                                      Set.of()), "manager", day)),
                new GenericDomainEventMessage<>("Building", building, 1, new UnitAddedEvent(
                        building, building + "-u1", new UnitLayout(17, "1701", 1, new BigDecimal("1493.5"),
                                                                   new BigDecimal("4.5")), "manager", day)),
                new GenericDomainEventMessage<>("Building", building, 2, new UnitAddedEvent(
                        building, building + "-u2", new UnitLayout(17, "1702", 2, new BigDecimal("1506.5"),
                                                                   new BigDecimal("4.5")), "manager", day)));
        staffLead = lead("staff", "{\"companyNameEn\":\"Match London Bank\",\"market\":\"LONDON\"}", "3000");
        ambassadorLead = lead("manager", "{\"companyNameEn\":\"Match Ambassador Ltd\",\"market\":\"LONDON\","
                                         + "\"introducedBy\":\"demo-amb-london\"}", "1300");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> find(ok("staff", "/api/leads/" + staffLead + "/space-matches?limit=100").get("matches"),
                           building));
    }

    @Test
    void aLondonBanksThreeThousandSquareMetresFindTwoAdjacentUnits() throws Exception {
        JsonNode matches = ok("staff", "/api/leads/" + staffLead + "/space-matches?limit=100");

        assertThat(matches.get("need").get("areaM2").decimalValue()).isEqualByComparingTo("3000");
        JsonNode ours = find(matches.get("matches"), building);
        assertThat(ours.get("unitNumbers")).hasToString("[\"1701\",\"1702\"]");
        assertThat(ours.get("areaM2").decimalValue()).isEqualByComparingTo("3000");
        assertThat(ours.get("reasons").get(0).get("code").asText()).isEqualTo("AREA_FITS");
        assertThat(ours.has("tenant")).as("vacant units only: no tenants").isFalse();
    }

    @Test
    void aBuildingListsTheLeadsItFitsThatTheCallerSees() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                leadIds(ok("staff", "/api/buildings/" + building + "/lead-matches?limit=100")))
                .contains(staffLead, ambassadorLead));
        List<String> leads = leadIds(ok("manager", "/api/buildings/" + building + "/lead-matches?limit=100"));
        assertThat(leads.indexOf(staffLead)).as("3,000 m² fits two units better than 1,300 m² fits one of 1,493.5")
                                            .isLessThan(leads.indexOf(ambassadorLead));
        assertThat(leadIds(ok("leader", "/api/buildings/" + building + "/lead-matches"))).isEmpty();
        assertThat(get("ambassador", "/api/buildings/" + building + "/lead-matches").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("staff", "/api/buildings/no-such-building/lead-matches").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anAmbassadorMatchesTheirOwnLeadAndNoOther() throws Exception {
        JsonNode own = ok("ambassador", "/api/leads/" + ambassadorLead + "/space-matches?zone=FINANCIAL_CITY_CLUSTER");
        assertThat(own.get("need").get("zone").asText()).isEqualTo("FINANCIAL_CITY_CLUSTER");
        ResponseEntity<String> another = get("ambassador", "/api/leads/" + staffLead + "/space-matches");
        assertThat(another.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(another.getBody()).doesNotContain("Match London Bank");
        assertThat(get("admin", "/api/leads/" + staffLead + "/space-matches").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void badParametersAreProblems() {
        for (String query : List.of("limit=0", "limit=101", "areaM2=-1", "areaM2=0", "areaM2=abc", "maxRent=0",
                                    "maxRent=1e-40", "zone=NOWHERE", "industry=MINING")) {
            ResponseEntity<String> refused = get("staff", "/api/leads/" + staffLead + "/space-matches?" + query);
            assertThat(refused.getStatusCode()).as(query + ": " + refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        for (String query : List.of("limit=0", "limit=101", "limit=x")) {
            assertThat(get("staff", "/api/buildings/" + building + "/lead-matches?" + query).getStatusCode())
                    .as(query).isEqualTo(HttpStatus.BAD_REQUEST);
        }
    }

    private JsonNode find(JsonNode matches, String buildingId) {
        for (JsonNode match : matches) {
            if (match.get("buildingId").asText().equals(buildingId)) {
                return match;
            }
        }
        throw new AssertionError("no match in " + buildingId + ": " + matches);
    }

    private List<String> leadIds(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("leads").forEach(lead -> ids.add(lead.get("leadId").asText()));
        return ids;
    }

    private JsonNode ok(String caller, String path) throws Exception {
        ResponseEntity<String> response = get(caller, path);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> get(String caller, String path) {
        return http.withBasicAuth(caller, "demo").getForEntity(path, String.class);
    }

    private String lead(String caller, String body, String floorSpace) throws Exception {
        TestRestTemplate as = http.withBasicAuth(caller, "demo");
        ResponseEntity<String> created = as.postForEntity("/api/leads", json(body), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String leadId = json.readTree(created.getBody()).get("leadId").asText();
        ResponseEntity<String> numbers = as.exchange(
                "/api/leads/" + leadId + "/numbers", HttpMethod.PUT,
                json("{\"floorSpaceM2\":" + floorSpace + ",\"targetZone\":\"FINANCIAL_CITY_CLUSTER\"}"), String.class);
        assertThat(numbers.getStatusCode()).as(numbers.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        return leadId;
    }
}
