package org.zhaoshang.crm.lead.web;

import org.zhaoshang.crm.StoredEvents;
import org.springframework.context.ApplicationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.zhaoshang.crm.lead.api.LeadNumbersUpdatedEvent;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The lead API holes of issue 15: absurd decimals, hidden activities, shared idempotency keys, operator parameters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadApiHardeningTest {

    @Autowired
    private ApplicationContext app;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;
    private final ObjectMapper json = new ObjectMapper();

    /** 1e-10000000 took 22 s and stored a 10-million-digit rate; 1e-1000000000 was a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"1e-10000000", "1e-1000000000", "1E-2147483647", "1e1000000000", "0.00000000001",
                            "7.000000000000000000000000000000000000000000000000000001"})
    void anAbsurdRateIsRefusedAtOnceAndStoresNothing(String rate) throws Exception {
        String leadId = created("manager", "{\"companyNameEn\":\"Decimal Fuzz Ltd\",\"market\":\"LONDON\"}");
        long before = storedEvents();

        ResponseEntity<String> response = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> send(
                "manager", HttpMethod.PUT, "/api/leads/" + leadId + "/numbers",
                "{\"investmentAmountWan\":300,\"investmentCurrency\":\"USD\",\"rateToCny\":" + rate + "}", null));

        JsonNode problem = problem(response, HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").findValuesAsText("field")).containsOnly("rateToCny");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"landAreaMu", "floorSpaceM2", "expectedAnnualTaxWan", "investmentAmountWan"})
    void everyFigureOfTheNumbersIsBounded(String field) throws Exception {
        String leadId = created("manager", "{\"companyNameEn\":\"Decimal Fuzz Ltd\",\"market\":\"LONDON\"}");
        for (String absurd : new String[]{"1e-10000000", "1e-1000000000", "1e1000000000", "1E-2147483647",
                                          "0." + "0".repeat(40) + "1"}) {
            ResponseEntity<String> response = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> send(
                    "manager", HttpMethod.PUT, "/api/leads/" + leadId + "/numbers",
                    "{\"" + field + "\":" + absurd + "}", null));
            assertThat(problem(response, HttpStatus.BAD_REQUEST).get("errors").findValuesAsText("field"))
                    .as(absurd).containsOnly(field);
        }
        ResponseEntity<String> longDigits = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> send(
                "manager", HttpMethod.PUT, "/api/leads/" + leadId + "/numbers",
                "{\"" + field + "\":1" + "0".repeat(1_000_000) + "}", null));
        assertThat(problem(longDigits, HttpStatus.BAD_REQUEST).get("errors").findValuesAsText("rule"))
                .containsOnly("too-long");
    }

    @Test
    void absurdWholeNumbersAreRefusedAtOnce() throws Exception {
        String leadId = created("manager", "{\"companyNameEn\":\"Decimal Fuzz Ltd\",\"market\":\"LONDON\"}");
        for (String absurd : new String[]{"1e-10000000", "1e1000000000", "1E-2147483647", "2.5"}) {
            for (String[] target : new String[][]{{"/numbers", "expectedJobs"}, {"/assessment", "likelihoodPercent"}}) {
                ResponseEntity<String> response = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> send(
                        "manager", HttpMethod.PUT, "/api/leads/" + leadId + target[0],
                        "{\"" + target[1] + "\":" + absurd + "}", null));
                assertThat(problem(response, HttpStatus.BAD_REQUEST).get("errors").findValuesAsText("field"))
                        .as(target[1] + " " + absurd).containsOnly(target[1]);
            }
            ResponseEntity<String> targets = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> send(
                    "manager", HttpMethod.PUT, "/api/targets/2032", "{\"signedProjects\":" + absurd + "}", null));
            assertThat(problem(targets, HttpStatus.BAD_REQUEST).get("errors").findValuesAsText("field"))
                    .as("signedProjects " + absurd).containsOnly("signedProjects");
        }
    }

    @Test
    void absurdTargetsAreRefusedAtOnce() throws Exception {
        for (String absurd : new String[]{"1e-10000000", "1e1000000000", "1E-2147483647", "1" + "0".repeat(50)}) {
            ResponseEntity<String> response = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> send(
                    "manager", HttpMethod.PUT, "/api/targets/2031", "{\"floorSpaceM2\":" + absurd + "}", null));
            assertThat(problem(response, HttpStatus.BAD_REQUEST).get("errors").findValuesAsText("field"))
                    .as(absurd).containsOnly("floorSpaceM2");
        }
    }

    /** The import's rates and number cells follow the same rules: refused at once, or reported row by row. */
    @Test
    void absurdImportRatesAndCellsAreRefusedAtOnce() throws Exception {
        String sheet = "公司名称,国家,投资额,用地(亩)\nExponent Capital,英国,USD 300,1e-10000000\n";
        long before = storedEvents();
        for (String rate : new String[]{"USD=1e-10000000", "USD=1e1000000000", "USD=1E-2147483647",
                                        "USD=7." + "1".repeat(100_000)}) {
            ResponseEntity<String> response = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> upload(
                    sheet, rate));
            assertThat(problem(response, HttpStatus.BAD_REQUEST).get("errors").findValuesAsText("field"))
                    .as(rate.substring(0, Math.min(20, rate.length()))).containsOnly("rate");
        }
        ResponseEntity<String> cells = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> upload(sheet,
                                                                                                     "USD=7.12"));
        assertThat(cells.getStatusCode()).as(cells.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(cells.getBody()).contains("must have at most 10 decimal places").doesNotContain("\"outcome\":\"CREATED\"");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private ResponseEntity<String> upload(String sheet, String rate) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "rates.csv";
            }
        });
        body.add("rate", rate);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("staff", "demo").postForEntity("/api/imports?apply=true",
                                                                 new HttpEntity<>(body, headers), String.class);
    }

    /** The API's limit on numbers is not the event serializer's: what was stored is read as written. */
    @Test
    void storedEventsWithLongNumbersAreStillRead() {
        java.math.BigDecimal longNumber = new java.math.BigDecimal("1" + "0".repeat(5_000) + ".5");
        LeadNumbersUpdatedEvent stored = new LeadNumbersUpdatedEvent("lead-x", null, longNumber, null, null, null,
                                                                     null, null);

        SerializedObject<String> written = eventSerializer.serialize(stored, String.class);

        assertThat(eventSerializer.<String, LeadNumbersUpdatedEvent>deserialize(written)).isEqualTo(stored);
    }

    /** A manager made a visible activity internal: 204, but the ambassador still read every version of it. */
    @Test
    void anActivityMadeInternalReachesAmbassadorsNoMoreInAnyVersion() throws Exception {
        String leadId = created("manager", "{\"companyNameEn\":\"Hidden Note Ltd\",\"market\":\"LONDON\","
                                           + "\"introducedBy\":\"demo-amb-london\"}");
        String activity = json.readTree(send("manager", HttpMethod.POST, "/api/leads/" + leadId + "/activities",
                "{\"type\":\"CALL\",\"occurredOn\":\"" + today() + "\",\"summary\":\"first words\"}", null)
                .getBody()).get("id").asText();
        assertThat(send("manager", HttpMethod.PUT, "/api/leads/" + leadId + "/activities/" + activity,
                        "{\"type\":\"CALL\",\"occurredOn\":\"" + today() + "\",\"summary\":\"bureau secret\","
                        + "\"internal\":true}", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(read("manager", "/api/leads/" + leadId + "/detail").get("activities").get(0)
                           .get("internal").asBoolean()).isTrue();
        assertThat(read("ambassador", "/api/leads/" + leadId + "/detail").get("activities")).isEmpty();
        String history = send("ambassador", HttpMethod.GET, "/api/leads/" + leadId + "/history", null, null)
                .getBody();
        assertThat(history).doesNotContain("first words", "bureau secret", activity);

        // a correction that leaves the flag out keeps the activity internal
        assertThat(send("manager", HttpMethod.PUT, "/api/leads/" + leadId + "/activities/" + activity,
                        "{\"type\":\"CALL\",\"occurredOn\":\"" + today() + "\",\"summary\":\"still secret\"}", null)
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(send("manager", HttpMethod.POST, "/api/leads/" + leadId + "/activities/" + activity + "/retract",
                        "{\"reason\":\"wrong lead\"}", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(read("ambassador", "/api/leads/" + leadId + "/detail").get("activities")).isEmpty();
        assertThat(send("ambassador", HttpMethod.GET, "/api/leads/" + leadId + "/history", null, null).getBody())
                .doesNotContain("first words", "bureau secret", "still secret", "wrong lead", activity);
    }

    /** Issue 17: an ambassador's timeline said "Internal: false": the flag is the bureau's and never reaches them. */
    @Test
    void anAmbassadorsHistoryNeverCarriesTheInternalFlag() throws Exception {
        String leadId = created("manager", "{\"companyNameEn\":\"Flagless Note Ltd\",\"market\":\"LONDON\","
                                           + "\"introducedBy\":\"demo-amb-london\"}");
        String activity = json.readTree(send("manager", HttpMethod.POST, "/api/leads/" + leadId + "/activities",
                "{\"type\":\"CALL\",\"occurredOn\":\"" + today() + "\",\"summary\":\"for everyone\"}", null)
                .getBody()).get("id").asText();
        send("manager", HttpMethod.PUT, "/api/leads/" + leadId + "/activities/" + activity,
             "{\"type\":\"CALL\",\"occurredOn\":\"" + today() + "\",\"summary\":\"still for everyone\","
             + "\"internal\":false}", null);

        JsonNode events = read("ambassador", "/api/leads/" + leadId + "/history").get("events");
        assertThat(events.toString()).contains("still for everyone").doesNotContain("internal");
        assertThat(read("manager", "/api/leads/" + leadId + "/history").get("events").toString())
                .contains("activities." + activity + ".internal");
    }

    /** Made visible again by the bureau, the whole activity (every version) is visible: a deliberate decision. */
    @Test
    void anInternalNoteMadeVisibleIsVisibleAsAWhole() throws Exception {
        String leadId = created("manager", "{\"companyNameEn\":\"Shown Note Ltd\",\"market\":\"LONDON\","
                                           + "\"introducedBy\":\"demo-amb-london\"}");
        String activity = json.readTree(send("manager", HttpMethod.POST, "/api/leads/" + leadId + "/activities",
                "{\"type\":\"CALL\",\"occurredOn\":\"" + today() + "\",\"summary\":\"note\",\"internal\":true}",
                null).getBody()).get("id").asText();
        assertThat(read("ambassador", "/api/leads/" + leadId + "/detail").get("activities")).isEmpty();

        assertThat(send("manager", HttpMethod.PUT, "/api/leads/" + leadId + "/activities/" + activity,
                        "{\"type\":\"CALL\",\"occurredOn\":\"" + today() + "\",\"summary\":\"for everyone\","
                        + "\"internal\":false}", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode shown = read("ambassador", "/api/leads/" + leadId + "/detail").get("activities");
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).get("summary").asText()).isEqualTo("for everyone");
        assertThat(send("ambassador", HttpMethod.GET, "/api/leads/" + leadId + "/history", null, null).getBody())
                .contains("for everyone");
    }

    /** Staff and an ambassador who sent the manager's key got the manager's lead in Location and created nothing. */
    @Test
    void idempotencyKeysAreEachUsersOwn() throws Exception {
        String key = "shared-" + UUID.randomUUID();
        ResponseEntity<String> managers = send("manager", HttpMethod.POST, "/api/leads",
                                               "{\"companyNameEn\":\"Key Manager Ltd\",\"market\":\"LONDON\"}", key);
        ResponseEntity<String> staffs = send("staff", HttpMethod.POST, "/api/leads",
                                             "{\"companyNameEn\":\"Key Staff Ltd\",\"market\":\"JAPAN\"}", key);
        ResponseEntity<String> ambassadors = send("ambassador", HttpMethod.POST, "/api/leads",
                                                  "{\"companyNameEn\":\"Key Ambassador Ltd\",\"market\":\"LONDON\"}",
                                                  key);

        assertThat(managers.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(staffs.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(ambassadors.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(java.util.Set.of(managers.getHeaders().getLocation(), staffs.getHeaders().getLocation(),
                                    ambassadors.getHeaders().getLocation())).hasSize(3);
        assertThat(read("staff", staffs.getHeaders().getLocation() + "/detail").get("company")
                           .get("nameEn").asText()).isEqualTo("Key Staff Ltd");
        assertThat(read("ambassador", ambassadors.getHeaders().getLocation() + "/detail").get("company")
                           .get("nameEn").asText()).isEqualTo("Key Ambassador Ltd");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndTheSameBodyAnsweredAlike() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        String body = "{\"companyNameEn\":\"Retry Ltd\",\"market\":\"LONDON\"}";
        ResponseEntity<String> first = send("staff", HttpMethod.POST, "/api/leads", body, key);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long before = storedEvents();

        JsonNode refused = problem(send("staff", HttpMethod.POST, "/api/leads",
                                        "{\"companyNameEn\":\"Other Ltd\",\"market\":\"LONDON\"}", key),
                                   HttpStatus.UNPROCESSABLE_ENTITY);
        ResponseEntity<String> retry = send("staff", HttpMethod.POST, "/api/leads", body, key);

        assertThat(refused.get("detail").asText()).contains("Idempotency-Key");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(retry.getBody()).isEqualTo(first.getBody());
    }

    /** Spring bound q[$gt] and owner[$ne] as indexed properties and failed with a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"q[$gt]=", "owner[$ne]=x", "q.$where=1", "market[0]=LONDON", "$where=1"})
    void operatorLikeParametersAreProblemsNamingTheParameter(String query) throws Exception {
        for (String path : new String[]{"/api/leads", "/api/pipeline"}) {
            JsonNode problem = problem(send("manager", HttpMethod.GET, path + "?" + query.replace("[", "%5B")
                                                                                          .replace("]", "%5D")
                                                                                          .replace("$", "%24"),
                                            null, null), HttpStatus.BAD_REQUEST);
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(query.split("=")[0]);
        }
    }

    private String created(String user, String body) throws Exception {
        ResponseEntity<String> response = send(user, HttpMethod.POST, "/api/leads", body, null);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("leadId").asText();
    }

    private JsonNode read(String user, String path) throws Exception {
        ResponseEntity<String> response = send(user, HttpMethod.GET, path, null, null);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body,
                                        String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.withBasicAuth(user, "demo").exchange(java.net.URI.create(path), method, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        return json.readTree(response.getBody());
    }

    private long storedEvents() {
        return StoredEvents.count(app);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }
}
