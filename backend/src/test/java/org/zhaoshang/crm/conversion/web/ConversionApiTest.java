package org.zhaoshang.crm.conversion.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Conversion history over the demo leads, through the API, and the year's targets as commands. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConversionApiTest {

    @Autowired
    private TestRestTemplate http;

    /** A demo manager: every lead and report (access per role is tested in {@code AccessMatrixTest}). */
    @BeforeEach
    void signIn() {
        http = http.withBasicAuth("manager", "demo");
    }
    @Autowired
    private Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theFunnelByMarketAndTheLeadsBehindAFigure() throws Exception {
        YearMonth now = YearMonth.from(BureauTime.today(clock));
        String period = "from=" + now.minusMonths(35) + "&to=" + now;

        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode report = get("/api/conversion?dimension=MARKET&" + period, HttpStatus.OK);
            assertThat(report.get("rows").findValuesAsText("value")).contains("JAPAN_KOREA");
            long identified = 0;
            for (JsonNode row : report.get("rows")) {
                if (!row.get("value").asText().equals("JAPAN_KOREA")) {
                    identified += row.get("stages").get(0).get("entered").asLong();
                }
            }
            assertThat(identified).isGreaterThanOrEqualTo(20);
        });
        JsonNode leads = get("/api/conversion/leads?measure=ENTERED&item=LEAD&" + period, HttpStatus.OK);
        assertThat(leads.size()).isGreaterThanOrEqualTo(20);
        assertThat(get("/api/conversion/board?asOf=" + BureauTime.today(clock).minusMonths(6) + "&knowledge=AS_KNOWN_THEN",
                       HttpStatus.OK).get("columns")).hasSize(8);
        assertThat(get("/api/conversion/cohorts?" + period, HttpStatus.OK).get("cohorts")).hasSize(36);
        JsonNode bad = get("/api/conversion?from=2026-13&to=2026-12", HttpStatus.BAD_REQUEST);
        assertThat(bad.get("errors").get(0).get("message").asText()).isEqualTo("must be a month such as 2026-03");
    }

    @Test
    void targetsAreSetAsFactsWithTheirVersionAndComparedWithWhatWasSigned() throws Exception {
        assertThat(put("/api/targets/2031", "{\"signedProjects\":12,\"signedInvestmentWan\":800000}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(get("/api/targets/2031", HttpStatus.OK).get("targets").get("signedProjects").asInt())
                        .isEqualTo(12));

        assertThat(put("/api/targets/2031", "{\"signedProjects\":15,\"expectedVersion\":0}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(put("/api/targets/2031", "{\"signedProjects\":16,\"expectedVersion\":0}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        JsonNode negative = json.readTree(put("/api/targets/2031", "{\"floorSpaceM2\":-5}").getBody());
        assertThat(negative.get("errors").get(0).get("field").asText()).isEqualTo("floorSpaceM2");
        assertThat(json.readTree(put("/api/targets/1999", "{\"signedProjects\":1}").getBody())
                       .get("errors").get(0).get("field").asText()).isEqualTo("year");
    }

    private JsonNode get(String path, HttpStatus status) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> put(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }
}
