package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.StoredEvents;
import org.springframework.context.ApplicationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadApiTest {

    @Autowired
    private ApplicationContext app;

    @Autowired
    private TestRestTemplate http;

    /** A demo manager: every lead and report (access per role is tested in {@code AccessMatrixTest}). */
    @BeforeEach
    void signIn() {
        http = http.withBasicAuth("manager", "demo");
    }
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void createdLeadIsListedWithItsStage() throws Exception {
        ResponseEntity<String> created = post("/api/leads",
                                              "{\"companyNameEn\":\"Standard Chartered\",\"companyNameZh\":\"渣打银行\",\"market\":\"LONDON\"}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String leadId = json.readTree(created.getBody()).get("leadId").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/leads/" + leadId);

        logVisit(leadId);
        assertThat(post("/api/leads/" + leadId + "/stage", "{\"to\":\"SITE_VISIT\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode lead = findListed(leadId);
            assertThat(lead).isNotNull();
            assertThat(lead.get("companyNameZh").asText()).isEqualTo("渣打银行");
            assertThat(lead.get("stage").asText()).isEqualTo("SITE_VISIT");
        });
    }

    @Test
    void missingNamesAndMarketAreNamedInAProblemAndNothingIsStored() throws Exception {
        long eventsBefore = storedEvents();

        ResponseEntity<String> response = post("/api/leads", "{\"companyNameEn\":\"  \"}");

        JsonNode problem = problem(response, HttpStatus.BAD_REQUEST);
        assertThat(problem.get("title").asText()).isEqualTo("Invalid input");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("companyName", "market");
        assertThat(problem.get("errors").findValuesAsText("rule")).containsExactly("required", "required");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void unknownMarketListsTheAllowedOnes() throws Exception {
        JsonNode problem = problem(post("/api/leads", "{\"companyNameEn\":\"X\",\"market\":\"MARS\"}"),
                                   HttpStatus.BAD_REQUEST);

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("market");
        assertThat(problem.get("errors").get(0).get("message").asText())
                .isEqualTo("must be one of LONDON, HONG_KONG, JAPAN, KOREA, BEIJING, OTHER");
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() throws Exception {
        ResponseEntity<String> response = post("/api/leads", "{\"companyNameEn\":");

        JsonNode problem = problem(response, HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(response.getBody()).doesNotContain("Exception", "at org.");
    }

    @Test
    void movingAnUnknownLeadIsNotFound() throws Exception {
        JsonNode problem = problem(post("/api/leads/no-such-lead/stage", "{\"to\":\"CONTACTED\"}"),
                                   HttpStatus.NOT_FOUND);

        assertThat(problem.get("detail").asText()).isEqualTo("No lead with this id");
    }

    @Test
    void movingToTheCurrentStageIsRejected() throws Exception {
        String leadId = json.readTree(post("/api/leads", "{\"companyNameZh\":\"三星生命\",\"market\":\"KOREA\"}")
                                              .getBody()).get("leadId").asText();

        JsonNode problem = problem(post("/api/leads/" + leadId + "/stage", "{\"to\":\"LEAD\"}"),
                                   HttpStatus.BAD_REQUEST);

        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("unchanged");
    }

    @Test
    void pagingParametersAreValidated() throws Exception {
        assertThat(problem(http.getForEntity("/api/leads?size=0", String.class), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("field").asText()).isEqualTo("size");
        assertThat(problem(http.getForEntity("/api/leads?size=201", String.class), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("rule").asText()).isEqualTo("range");
        assertThat(problem(http.getForEntity("/api/leads?page=-1", String.class), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("field").asText()).isEqualTo("page");
        assertThat(problem(http.getForEntity("/api/leads?page=abc", String.class), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("message").asText()).isEqualTo("must be a whole number");
    }

    @Test
    void theListIsFilteredSortedAndSearched() throws Exception {
        String seoul = created("{\"companyNameEn\":\"Hangang Elder Care\",\"companyNameZh\":\"汉江银发康养中心\","
                               + "\"market\":\"KOREA\",\"channel\":\"ROADSHOW_EVENT\"}");
        String busan = created("{\"companyNameEn\":\"Busan Fashion\",\"market\":\"KOREA\","
                               + "\"channel\":\"ROADSHOW_EVENT\"}");
        assertThat(put("/api/leads/" + busan + "/numbers", "{\"investmentAmountWan\":12000}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode page = json.readTree(http.getForEntity(
                    "/api/leads?market=KOREA&channel=ROADSHOW_EVENT&status=OPEN&sort=plannedInvestment,desc",
                    String.class).getBody());
            assertThat(page.get("leads").findValuesAsText("leadId")).containsSubsequence(busan, seoul);
            assertThat(page.get("total").asLong()).isEqualTo(page.get("leads").size());
        });
        JsonNode found = json.readTree(http.getForEntity("/api/leads?q=汉江银发康养中心", String.class).getBody());
        assertThat(found.get("leads").findValuesAsText("leadId")).containsExactly(seoul);
        JsonNode none = json.readTree(http.getForEntity("/api/leads?market=KOREA&stage=SIGNED&q=busan fashion",
                                                        String.class).getBody());
        assertThat(none.get("total").asLong()).isZero();
    }

    @Test
    void theBoardAndTheFollowUpQueuesAreServed() throws Exception {
        String leadId = created("{\"companyNameEn\":\"Fjord Polar Shipping\",\"market\":\"OTHER\"}");
        assertThat(post("/api/leads/" + leadId + "/follow-ups",
                        "{\"nextStep\":\"send the brochure\",\"dueOn\":\"2099-01-01\",\"assignee\":\"staff-board\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode board = json.readTree(http.getForEntity("/api/pipeline?market=OTHER&q=fjord polar&cards=5",
                                                             String.class).getBody());
            assertThat(board.get("columns")).hasSize(8);
            assertThat(board.get("columns").get(0).get("cards").findValuesAsText("leadId")).containsExactly(leadId);
            JsonNode followUps = json.readTree(http.getForEntity("/api/follow-ups?assignee=staff-board",
                                                                 String.class).getBody());
            assertThat(followUps.get("upcoming").findValuesAsText("leadId")).containsExactly(leadId);
        });
        assertThat(problem(http.getForEntity("/api/pipeline?cards=999", String.class), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("field").asText()).isEqualTo("cardsPerStage");
        assertThat(problem(http.getForEntity("/api/pipeline?stage=WON", String.class), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("field").asText()).isEqualTo("stage");
    }

    @Test
    void theDetailHoldsEverythingRecordedAsItStandsNow() throws Exception {
        String leadId = created("{\"companyNameEn\":\"Seoul Detail Fashion\",\"market\":\"KOREA\"}");
        assertThat(put("/api/leads/" + leadId + "/numbers",
                       "{\"investmentAmountWan\":11000,\"landAreaMu\":2,\"floorSpaceM2\":900}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String kept = json.readTree(post("/api/leads/" + leadId + "/contacts",
                                         "{\"familyName\":\"Kim\",\"givenName\":\"Minji\"}").getBody())
                          .get("id").asText();
        String removed = json.readTree(post("/api/leads/" + leadId + "/contacts", "{\"familyName\":\"Lee\"}").getBody())
                             .get("id").asText();
        http.delete("/api/leads/" + leadId + "/contacts/" + removed);
        String call = json.readTree(post("/api/leads/" + leadId + "/activities",
                                         "{\"type\":\"CALL\",\"occurredOn\":\"2026-11-02\",\"summary\":\"first call\"}")
                                            .getBody()).get("id").asText();
        post("/api/leads/" + leadId + "/activities/" + call + "/retract", "{\"reason\":\"wrong lead\"}");
        String next = json.readTree(post("/api/leads/" + leadId + "/follow-ups",
                                         "{\"nextStep\":\"send terms\",\"dueOn\":\"2099-01-01\"}").getBody())
                          .get("id").asText();
        post("/api/leads/" + leadId + "/follow-ups/" + next + "/complete", "{\"outcome\":\"sent\"}");
        post("/api/leads/" + leadId + "/hold", "{\"reason\":\"board decision\",\"revisitOn\":\"2099-02-01\"}");

        JsonNode detail = json.readTree(http.getForEntity("/api/leads/" + leadId + "/detail", String.class).getBody());

        assertThat(detail.get("investmentPerMuWan").decimalValue()).isEqualByComparingTo("5500");
        assertThat(detail.get("floorSpaceM2").decimalValue()).isEqualByComparingTo("900");
        assertThat(detail.get("contacts").findValuesAsText("contactId")).containsExactly(kept);
        assertThat(detail.get("activities").get(0).get("retracted").asBoolean()).isTrue();
        assertThat(detail.get("followUps").get(0).get("outcome").asText()).isEqualTo("sent");
        assertThat(detail.get("status").asText()).isEqualTo("ON_HOLD");
        assertThat(detail.get("holdReason").asText()).isEqualTo("board decision");
        assertThat(detail.get("version").asLong()).isEqualTo(9);
        assertThat(problem(http.getForEntity("/api/leads/nope/detail", String.class), HttpStatus.NOT_FOUND)
                           .get("detail").asText()).isEqualTo("No lead with this id");
    }

    @Test
    void badListParametersNameTheParameter() throws Exception {
        JsonNode market = problem(http.getForEntity("/api/leads?market=MARS", String.class), HttpStatus.BAD_REQUEST);
        assertThat(market.get("errors").get(0).get("field").asText()).isEqualTo("market");
        assertThat(market.get("errors").get(0).get("message").asText())
                .isEqualTo("must be one of LONDON, HONG_KONG, JAPAN, KOREA, BEIJING, OTHER");
        JsonNode sort = problem(http.getForEntity("/api/leads?sort=salary,up", String.class), HttpStatus.BAD_REQUEST);
        assertThat(sort.get("errors").findValuesAsText("rule")).containsExactly("one-of", "direction");
        JsonNode range = problem(http.getForEntity("/api/leads?identifiedFrom=2026-03-02&identifiedTo=2026-03-01",
                                                   String.class), HttpStatus.BAD_REQUEST);
        assertThat(range.get("errors").get(0).get("field").asText()).isEqualTo("identifiedTo");
        JsonNode day = problem(http.getForEntity("/api/leads?lastContactFrom=yesterday", String.class),
                               HttpStatus.BAD_REQUEST);
        assertThat(day.get("errors").get(0).get("field").asText()).isEqualTo("lastContactFrom");
        assertThat(day.get("errors").get(0).get("message").asText()).isEqualTo("must be a date such as 2026-03-31");
    }

    @Test
    void aLeadIsReadByIdWithItsVersionAndUnknownIdsAreNotFound() throws Exception {
        String leadId = created("{\"companyNameEn\":\"Lantau Asset Management\",\"market\":\"HONG_KONG\"}");

        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(http.getForEntity("/api/leads/" + leadId, String.class).getStatusCode())
                        .isEqualTo(HttpStatus.OK));
        JsonNode lead = json.readTree(http.getForEntity("/api/leads/" + leadId, String.class).getBody());
        assertThat(lead.get("version").asLong()).isZero();
        assertThat(lead.get("market").asText()).isEqualTo("HONG_KONG");
        assertThat(problem(http.getForEntity("/api/leads/nope", String.class), HttpStatus.NOT_FOUND)
                           .get("detail").asText()).isEqualTo("No lead with this id");
    }

    @Test
    void aStaleExpectedVersionIsAConflictAndChangesNothing() throws Exception {
        String leadId = created("{\"companyNameEn\":\"Kyoto Cell Therapeutics\",\"market\":\"JAPAN\"}");
        assertThat(post("/api/leads/" + leadId + "/stage", "{\"to\":\"CONTACTED\",\"expectedVersion\":0}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode problem = problem(post("/api/leads/" + leadId + "/stage",
                                        "{\"to\":\"LEAD\",\"expectedVersion\":0}"), HttpStatus.CONFLICT);

        assertThat(problem.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(problem.get("detail").asText()).contains("expectedVersion 0", "version 1");
        assertThat(history(leadId).get("events")).hasSize(2);
    }

    @Test
    void historyListsEveryEventWithWhoWhenAndWhatChanged() throws Exception {
        String leadId = created("{\"companyNameZh\":\"京都细胞治疗\",\"market\":\"JAPAN\"}");
        String threeDaysAgo = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(3).toString();
        logVisit(leadId);
        post("/api/leads/" + leadId + "/stage",
             "{\"to\":\"SITE_VISIT\",\"occurredOn\":\"" + threeDaysAgo + "\",\"comment\":\"visited the park\"}");

        JsonNode events = history(leadId).get("events");

        assertThat(types(events)).containsExactly("LeadCreated", "ActivityLogged", "LeadMovedToStage");
        assertThat(events.findValuesAsText("actor")).containsOnly("manager");
        assertThat(events.get(0).get("recordedAt").asText()).isNotBlank();
        JsonNode moved = events.get(2).get("data");
        assertThat(moved.get("from").asText()).isEqualTo("LEAD");
        assertThat(moved.get("to").asText()).isEqualTo("SITE_VISIT");
        assertThat(moved.get("occurredOn").asText()).isEqualTo(threeDaysAgo);
        assertThat(moved.get("comment").asText()).isEqualTo("visited the park");
        assertThat(events.get(2).get("occurredOn").asText()).isEqualTo(threeDaysAgo);
        assertThat(events.get(2).get("changes").toString())
                .isEqualTo("[{\"field\":\"stage\",\"before\":\"LEAD\",\"after\":\"SITE_VISIT\"}]");
        JsonNode newestFirst = json.readTree(http.getForEntity("/api/leads/" + leadId + "/history", String.class)
                                                 .getBody()).get("events");
        assertThat(types(newestFirst)).containsExactly("LeadMovedToStage", "ActivityLogged", "LeadCreated");
        assertThat(problem(http.getForEntity("/api/leads/nope/history", String.class), HttpStatus.NOT_FOUND))
                .isNotNull();
    }

    @Test
    void aFutureDayIsRejected() throws Exception {
        String leadId = created("{\"companyNameEn\":\"Hanbit Bio\",\"market\":\"KOREA\"}");
        String nextWeek = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(7).toString();

        JsonNode problem = problem(post("/api/leads/" + leadId + "/stage",
                                        "{\"to\":\"CONTACTED\",\"occurredOn\":\"" + nextWeek + "\"}"),
                                   HttpStatus.BAD_REQUEST);

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("occurredOn");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("not-future");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneLead() throws Exception {
        String key = "import-2026-11-27-row-17-" + java.util.UUID.randomUUID();
        String body = "{\"companyNameEn\":\"Albion Reinsurance\",\"market\":\"LONDON\"}";

        ResponseEntity<String> first = post("/api/leads", body, key);
        ResponseEntity<String> retry = post("/api/leads", body, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        String leadId = json.readTree(first.getBody()).get("leadId").asText();
        assertThat(json.readTree(retry.getBody()).get("leadId").asText()).isEqualTo(leadId);
        assertThat(history(leadId).get("events")).hasSize(1);
        assertThat(problem(post("/api/leads", body, " "), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void holdReopenAndLoseALead() throws Exception {
        String leadId = created("{\"companyNameEn\":\"Seoul Style Group\",\"market\":\"KOREA\"}");
        String nextMonth = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusMonths(1).toString();

        assertThat(post("/api/leads/" + leadId + "/hold",
                        "{\"reason\":\"waiting for board approval\",\"revisitOn\":\"" + nextMonth + "\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(problem(post("/api/leads/" + leadId + "/stage", "{\"to\":\"CONTACTED\"}"),
                           HttpStatus.BAD_REQUEST).get("errors").get(0).get("rule").asText()).isEqualTo("not-open");
        assertThat(post("/api/leads/" + leadId + "/reopen", "{\"comment\":\"approved\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode missing = problem(post("/api/leads/" + leadId + "/lose", "{\"reason\":\"CHOSE_OTHER_LOCATION\"}"),
                                   HttpStatus.BAD_REQUEST);
        assertThat(missing.get("errors").get(0).get("field").asText()).isEqualTo("competingLocation");
        assertThat(post("/api/leads/" + leadId + "/lose",
                        "{\"reason\":\"CHOSE_OTHER_LOCATION\",\"competingLocation\":\"Qingdao West Coast\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(types(history(leadId).get("events")))
                .containsExactly("LeadCreated", "LeadPutOnHold", "LeadReopened", "LeadLost");
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                json.readTree(http.getForEntity("/api/leads/" + leadId, String.class).getBody())
                    .get("status").asText()).isEqualTo("LOST"));
        assertThat(problem(post("/api/leads/" + leadId + "/lose", "{\"reason\":\"MOON\"}"), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("message").asText()).startsWith("must be one of CHOSE_OTHER_LOCATION");
    }

    @Test
    void aStageGateThatIsNotMetIs422NamingWhatIsMissing() throws Exception {
        String leadId = created("{\"companyNameEn\":\"Victoria Harbour Insurance\",\"market\":\"HONG_KONG\"}");

        JsonNode gate = problem(post("/api/leads/" + leadId + "/stage", "{\"to\":\"INTENT\"}"),
                                HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(gate.get("title").asText()).isEqualTo("Stage gate not met: INTENT");
        assertThat(gate.get("errors").findValuesAsText("field"))
                .containsExactly("activities", "plannedInvestment", "targetZone");
        logVisit(leadId);

        assertThat(put("/api/leads/" + leadId + "/numbers",
                       "{\"investmentAmountWan\":1200,\"investmentCurrency\":\"HKD\",\"rateToCny\":0.92,"
                               + "\"targetZone\":\"FINANCIAL_CITY_CLUSTER\",\"floorSpaceM2\":3500}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("/api/leads/" + leadId + "/stage", "{\"to\":\"INTENT\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode numbers = history(leadId).get("events").get(2).get("data");
        assertThat(numbers.get("plannedInvestment").get("cnyWan").decimalValue()).isEqualByComparingTo("1104.00");
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                json.readTree(http.getForEntity("/api/leads/" + leadId, String.class).getBody())
                    .get("plannedInvestmentCnyWan").decimalValue()).isEqualByComparingTo("1104"));
        assertThat(problem(put("/api/leads/" + leadId + "/numbers", "{\"investmentAmountWan\":-5}"),
                           HttpStatus.BAD_REQUEST).get("errors").get(0).get("rule").asText()).isEqualTo("range");
    }

    @Test
    void aLeadIsCreatedWithItsWholeCompanyAndItsCompanyCanBeUpdated() throws Exception {
        String ambassador = json.readTree(post("/api/ambassadors", "{\"kind\":\"INVESTMENT_AMBASSADOR\",\"name\":\"Lee\"}")
                                                  .getBody()).get("id").asText();
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                http.getForEntity("/api/ambassadors/" + ambassador, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK));
        assertThat(problem(post("/api/leads", "{\"companyNameEn\":\"X\",\"market\":\"LONDON\",\"introducedBy\":\"nobody\"}"),
                           HttpStatus.BAD_REQUEST).get("errors").get(0).get("rule").asText())
                .isEqualTo("unknown-ambassador");
        String leadId = created("{\"companyNameEn\":\"Thames Capital Partners\",\"companyNameZh\":\"泰晤士资本\","
                                        + "\"homeCountry\":\"United Kingdom\",\"homeCity\":\"London\","
                                        + "\"industry\":\"INDUSTRIAL_FINANCE\",\"fortune500\":true,"
                                        + "\"website\":\"https://thames.example\",\"market\":\"LONDON\","
                                        + "\"channel\":\"AMBASSADOR\",\"introducedBy\":\"" + ambassador + "\"}");

        JsonNode created = history(leadId).get("events").get(0).get("data");
        assertThat(created.get("company").get("industry").asText()).isEqualTo("INDUSTRIAL_FINANCE");
        assertThat(created.get("company").get("fortune500").asBoolean()).isTrue();
        assertThat(created.get("channel").asText()).isEqualTo("AMBASSADOR");
        assertThat(created.get("owner").asText()).isEqualTo("manager");

        assertThat(put("/api/leads/" + leadId + "/company",
                       "{\"companyNameEn\":\"Thames Capital Partners LLP\",\"website\":\"https://thames.example\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                json.readTree(http.getForEntity("/api/leads/" + leadId, String.class).getBody())
                    .get("companyNameEn").asText()).isEqualTo("Thames Capital Partners LLP"));
        assertThat(problem(put("/api/leads/" + leadId + "/company", "{\"companyNameEn\":\" \"}"),
                           HttpStatus.BAD_REQUEST).get("errors").get(0).get("field").asText()).isEqualTo("companyName");
        assertThat(problem(post("/api/leads", "{\"companyNameEn\":\"X\",\"market\":\"LONDON\",\"industry\":\"MINING\"}"),
                           HttpStatus.BAD_REQUEST).get("errors").get(0).get("field").asText()).isEqualTo("industry");
    }

    @Test
    void aNewLeadNamedLikeAnExistingOneIsCreatedWithAWarning() throws Exception {
        String unique = "Harbour " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String first = created("{\"companyNameEn\":\"" + unique + " Ltd\",\"market\":\"HONG_KONG\"}");
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                json.readTree(http.getForEntity("/api/leads/name-matches?companyNameEn=" + unique.toUpperCase(),
                                                String.class).getBody()).get("leadIds").get(0).asText())
                .isEqualTo(first));

        ResponseEntity<String> second = post("/api/leads", "{\"companyNameEn\":\"" + unique + ", Limited\",\"market\":\"HONG_KONG\"}");

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode warning = json.readTree(second.getBody()).get("warnings").get(0);
        assertThat(warning.get("rule").asText()).isEqualTo("possible-duplicate");
        assertThat(warning.get("leadIds").get(0).asText()).isEqualTo(first);
        assertThat(json.readTree(post("/api/leads", "{\"companyNameEn\":\"Entirely New " + unique + "\",\"market\":\"OTHER\"}")
                                         .getBody()).get("warnings")).isEmpty();
    }

    @Test
    void aNewLeadInTheOtherScriptOrWidthIsCreatedWithAWarning() throws Exception {
        String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
        String first = created("{\"companyNameZh\":\"巴克萊銀行" + unique + "（香港）有限公司\",\"market\":\"HONG_KONG\"}");
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                json.readTree(http.getForEntity("/api/leads/name-matches?companyNameZh={name}", String.class,
                                                "巴克莱银行" + unique + "(香港)").getBody())
                    .get("leadIds").get(0).asText()).isEqualTo(first));

        ResponseEntity<String> second = post("/api/leads", "{\"companyNameZh\":\" 巴克莱银行 "
                                                            + unique.toUpperCase().replace('A', 'Ａ')
                                                            + " (香港) 有限责任公司 \",\"market\":\"HONG_KONG\"}");

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode warning = json.readTree(second.getBody()).get("warnings").get(0);
        assertThat(warning.get("rule").asText()).isEqualTo("possible-duplicate");
        assertThat(warning.get("leadIds").get(0).asText()).isEqualTo(first);
    }

    @Test
    void theSingleNameOfOlderClientsIsStillTakenAndSplitButNotBesideTheParts() throws Exception {
        String leadId = created("{\"companyNameEn\":\"Seoul Name Bio\",\"market\":\"KOREA\"}");
        assertThat(post("/api/leads/" + leadId + "/contacts", "{\"name\":\"Kim Minji\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        JsonNode both = problem(post("/api/leads/" + leadId + "/contacts",
                                     "{\"name\":\"Kim Minji\",\"familyName\":\"Kim\"}"), HttpStatus.BAD_REQUEST);
        assertThat(both.get("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(both.get("errors").findValuesAsText("rule")).containsExactly("not-both");
        JsonNode none = problem(post("/api/leads/" + leadId + "/contacts", "{\"title\":\"CEO\"}"),
                                HttpStatus.BAD_REQUEST);
        assertThat(none.get("errors").findValuesAsText("field")).containsExactly("contactName");
        assertThat(none.get("errors").findValuesAsText("rule")).containsExactly("required");

        JsonNode detail = json.readTree(http.getForEntity("/api/leads/" + leadId + "/detail", String.class).getBody());
        assertThat(detail.get("contacts")).singleElement().satisfies(entry -> {
            assertThat(entry.get("contact").get("familyName").asText()).isEqualTo("Kim");
            assertThat(entry.get("contact").get("givenName").asText()).isEqualTo("Minji");
        });
    }

    @Test
    void contactsAndFollowUpsAreKeptAsFacts() throws Exception {
        String leadId = created("{\"companyNameEn\":\"Kyoto Cell Therapeutics\",\"market\":\"JAPAN\"}");
        ResponseEntity<String> added = post("/api/leads/" + leadId + "/contacts",
                                            "{\"familyName\":\"Tanaka\",\"givenName\":\"Yuki\",\"title\":\"CFO\","
                                                    + "\"email\":\"yuki@kct.example\",\"messagingApp\":\"LINE\","
                                                    + "\"messagingHandle\":\"tanaka.y\"}");
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String contactId = json.readTree(added.getBody()).get("id").asText();
        assertThat(problem(post("/api/leads/" + leadId + "/contacts",
                                "{\"familyName\":\"X\",\"email\":\"not-an-address\"}"),
                           HttpStatus.BAD_REQUEST).get("errors").get(0).get("field").asText()).isEqualTo("email");
        assertThat(http.exchange("/api/leads/" + leadId + "/contacts/" + contactId,
                                 org.springframework.http.HttpMethod.DELETE, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> scheduled = post("/api/leads/" + leadId + "/follow-ups",
                                                "{\"nextStep\":\"send the incentive policy in Japanese\",\"dueOn\":\"" + today() + "\"}");
        String followUpId = json.readTree(scheduled.getBody()).get("id").asText();
        String nextWeek = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(7).toString();
        assertThat(post("/api/leads/" + leadId + "/follow-ups/" + followUpId + "/reschedule",
                        "{\"dueOn\":\"" + nextWeek + "\",\"reason\":\"translation not ready\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("/api/leads/" + leadId + "/follow-ups/" + followUpId + "/complete",
                        "{\"outcome\":\"sent\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(problem(post("/api/leads/" + leadId + "/follow-ups/" + followUpId + "/complete", "{}"),
                           HttpStatus.BAD_REQUEST).get("errors").get(0).get("rule").asText()).isEqualTo("unknown");

        JsonNode events = history(leadId).get("events");
        assertThat(types(events)).containsExactly("LeadCreated", "ContactAdded", "ContactRemoved", "FollowUpScheduled",
                                                  "FollowUpRescheduled", "FollowUpCompleted");
        assertThat(events.get(3).get("data").get("assignee").asText()).isEqualTo("manager");
    }

    @Test
    void sourceOwnerAndAssessmentAreChangedAsFacts() throws Exception {
        String leadId = created("{\"companyNameEn\":\"Canary Wharf Fintech\",\"market\":\"OTHER\"}");

        assertThat(put("/api/leads/" + leadId + "/source", "{\"market\":\"LONDON\",\"channel\":\"ROADSHOW_EVENT\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("/api/leads/" + leadId + "/reassign", "{\"owner\":\"staff-wang\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(put("/api/leads/" + leadId + "/assessment",
                       "{\"priority\":\"HIGH\",\"likelihoodPercent\":60,\"responsibleLeader\":\"李明\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(problem(put("/api/leads/" + leadId + "/assessment", "{\"likelihoodPercent\":150}"),
                           HttpStatus.BAD_REQUEST).get("errors").get(0).get("field").asText())
                .isEqualTo("likelihoodPercent");

        JsonNode events = history(leadId).get("events");
        assertThat(types(events)).containsExactly("LeadCreated", "LeadSourceChanged", "LeadReassigned",
                                                  "LeadAssessmentUpdated");
        assertThat(events.get(2).get("data").get("from").asText()).isEqualTo("manager");
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                json.readTree(http.getForEntity("/api/leads/" + leadId, String.class).getBody())
                    .get("market").asText()).isEqualTo("LONDON"));
    }

    @Test
    void theApiIsDescribedByAnOpenApiDocument() throws Exception {
        ResponseEntity<String> document = http.getForEntity("/v3/api-docs", String.class);

        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode paths = json.readTree(document.getBody()).get("paths");
        assertThat(paths.has("/api/leads")).isTrue();
        assertThat(paths.has("/api/leads/{leadId}/history")).isTrue();
        assertThat(paths.get("/api/leads").get("post").get("parameters").findValuesAsText("name"))
                .contains("Idempotency-Key");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void activitiesAreLoggedCorrectedAndRetractedAsNewFacts() throws Exception {
        String leadId = created("{\"companyNameEn\":\"Sakura Elder Care\",\"market\":\"JAPAN\"}");
        String activityId = logVisit(leadId);

        assertThat(put("/api/leads/" + leadId + "/activities/" + activityId,
                       "{\"type\":\"VISIT_BY_US\",\"occurredOn\":\"" + today() + "\",\"summary\":\"in Osaka\"}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("/api/leads/" + leadId + "/activities/" + activityId + "/retract",
                        "{\"reason\":\"logged on the wrong lead\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(types(history(leadId).get("events")))
                .containsExactly("LeadCreated", "ActivityLogged", "ActivityCorrected", "ActivityRetracted");
        assertThat(problem(post("/api/leads/" + leadId + "/activities/" + activityId + "/retract",
                                "{\"reason\":\"again\"}"), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("rule").asText()).isEqualTo("unknown");
        assertThat(problem(post("/api/leads/" + leadId + "/activities",
                                "{\"type\":\"CALL\",\"occurredOn\":\"2999-01-01\"}"), HttpStatus.BAD_REQUEST)
                           .get("errors").get(0).get("field").asText()).isEqualTo("occurredOn");
    }

    private String logVisit(String leadId) throws Exception {
        ResponseEntity<String> response = post("/api/leads/" + leadId + "/activities",
                                               "{\"type\":\"VISIT_BY_THEM\",\"occurredOn\":\"" + today()
                                                       + "\",\"participants\":[\"王伟\"],\"summary\":\"toured the district\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("id").asText();
    }

    /** The event types of a history (not the {@code type} fields inside the events' data). */
    private static java.util.List<String> types(JsonNode events) {
        java.util.List<String> types = new java.util.ArrayList<>();
        events.forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    }

    private String created(String body) throws Exception {
        ResponseEntity<String> response = post("/api/leads", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("leadId").asText();
    }

    private JsonNode history(String leadId) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/leads/" + leadId + "/history?oldestFirst=true", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode findListed(String leadId) throws Exception {
        JsonNode page = json.readTree(http.getForEntity("/api/leads?size=200", String.class).getBody());
        for (JsonNode lead : page.get("leads")) {
            if (lead.get("leadId").asText().equals(leadId)) {
                return lead;
            }
        }
        return null;
    }

    private ResponseEntity<String> post(String path, String body) {
        return post(path, body, null);
    }

    private ResponseEntity<String> post(String path, String body, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> put(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, org.springframework.http.HttpMethod.PUT, new HttpEntity<>(body, headers),
                             String.class);
    }

    private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        return json.readTree(response.getBody());
    }

    private long storedEvents() {
        return StoredEvents.count(app);
    }
}
