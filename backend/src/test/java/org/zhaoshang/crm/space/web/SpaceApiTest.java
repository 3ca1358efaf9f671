package org.zhaoshang.crm.space.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The space summary through the API: staff, managers and leaders; a day after today is a 400. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpaceApiTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private Clock clock;

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    @Test
    void theBureauReadsTheSummaryAtADayNotAfterTodayAmbassadorsAndAdministratorsNot() throws Exception {
        LocalDate today = BureauTime.today(clock);
        for (String reader : new String[] {"staff", "manager", "leader"}) {
            ResponseEntity<String> summary = get(reader, "/api/space/summary?asOf=" + today.minusDays(10));
            assertThat(summary.getStatusCode()).as(summary.getBody()).isEqualTo(HttpStatus.OK);
            JsonNode body = new ObjectMapper().readTree(summary.getBody());
            assertThat(body.get("asOf").asText()).isEqualTo(today.minusDays(10).toString());
            assertThat(body.get("vacancyTrend").size()).isEqualTo(24);
            assertThat(body.get("takeUp").get("goalM2").asInt()).isEqualTo(1_000_000);
        }
        ResponseEntity<String> tomorrow = get("manager", "/api/space/summary?asOf=" + today.plusDays(1));
        assertThat(tomorrow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tomorrow.getBody()).contains("asOf");
        for (String refused : new String[] {"ambassador", "admin"}) {
            assertThat(get(refused, "/api/space/summary").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }
}
