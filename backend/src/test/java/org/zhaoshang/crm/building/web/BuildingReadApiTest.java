package org.zhaoshang.crm.building.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.building.HandmadeBuildings;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The building library's GETs: staff, managers and leaders read; ambassadors and administrators are refused; a
 * leader (who may not see the leads) sees the tenant's company but not its lead or project, nor a reservation's lead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildingReadApiTest {

    static final String ID = "api-read-alpha";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private EventStore eventStore;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void building() {
        HandmadeBuildings.publish(eventStore, HandmadeBuildings.alpha(ID));
        // every event applied, not only the first: the read model may show the building a few events early
        String lastVersion = "\"" + (HandmadeBuildings.alpha(ID).size() - 1) + "\"";
        await().atMost(Duration.ofSeconds(20)).until(() -> lastVersion.equals(
                get("staff", "/api/buildings/" + ID).getHeaders().getETag()));
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    @Test
    void staffManagersAndLeadersListTheBuildingsAmbassadorsAndAdministratorsAreRefused() throws Exception {
        for (String reader : new String[] {"staff", "manager", "leader"}) {
            JsonNode list = body(get(reader, "/api/buildings?q=Alpha Tower&zone=FINANCIAL_CITY_CLUSTER&year=2025"
                                             + "&tier=YI"));
            assertThat(list.get("year").asInt()).isEqualTo(2025);
            assertThat(list.get("buildings").findValuesAsText("buildingId")).contains(ID);
        }
        for (String refused : new String[] {"ambassador", "admin"}) {
            assertThat(get(refused, "/api/buildings").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get(refused, "/api/buildings/" + ID).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get(refused, "/api/buildings/" + ID + "/units/u-302/history").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(get("staff", "/api/buildings?year=1999").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("staff", "/api/buildings?tier=NOPE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theBuildingsVersionIsTheEtagAndALeaderSeesNoLeadOfItsTenantOrReservation() throws Exception {
        ResponseEntity<String> forStaff = get("staff", "/api/buildings/" + ID);
        assertThat(forStaff.getHeaders().getETag()).isEqualTo("\"" + (HandmadeBuildings.alpha(ID).size() - 1) + "\"");
        JsonNode top = body(forStaff).get("floors").get(0);
        assertThat(top.get("floor").asInt()).isEqualTo(3);
        assertThat(top.get("units").get(0).get("tenant").get("leadId").asText())
                .isEqualTo(HandmadeBuildings.BANK_LEAD);

        JsonNode leaderTop = body(get("leader", "/api/buildings/" + ID)).get("floors").get(0);
        JsonNode tenant = leaderTop.get("units").get(0).get("tenant");
        assertThat(tenant.get("companyName").asText()).isEqualTo("伦敦银行");
        assertThat(tenant.get("leadId").isNull()).isTrue();
        assertThat(tenant.get("projectId").isNull()).isTrue();

        JsonNode history = body(get("leader", "/api/buildings/" + ID + "/units/u-302/history")).get("entries");
        assertThat(history.get(1).get("change").asText()).isEqualTo("RESERVED");
        assertThat(history.get(1).get("leadId").isNull()).isTrue();
        JsonNode staffHistory = body(get("staff", "/api/buildings/" + ID + "/units/u-302/history")).get("entries");
        assertThat(staffHistory.get(1).get("leadId").asText()).isEqualTo(HandmadeBuildings.BANK_LEAD);

        assertThat(get("staff", "/api/buildings/no-such-building").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("staff", "/api/buildings/" + ID + "/units/no-such-unit/history").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
