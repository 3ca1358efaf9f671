package org.zhaoshang.crm.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.importing.ImportReports.outcomes;
import static org.zhaoshang.crm.importing.ImportReports.row;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * A desk sheet whose stages lack what the stage gates ask for, imported under each stage policy through the REST
 * API: as recorded (the default) places the leads at the sheet's stages and lists what they owe until it is recorded;
 * highest supported lowers them with a warning; strict refuses them. A re-import changes nothing. Its own context and
 * store, so that the data to complete is only this class's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "spring.application.name=stage-policy-test")
@DirtiesContext
class StagePolicyImportApiTest {

    private static final String HEADER = "公司名称,国家,阶段,阶段日期,投资额(万元),拟落地片区,考察日期,签约日期,协议编号,招商大使\n";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    private final ObjectMapper json = new ObjectMapper();

    /** Row 2 lacks a visit, row 3 its figures, row 4 its agreement, row 5 (a plain lead) nothing. */
    private static byte[] sheet(String prefix) {
        return (HEADER
                + prefix + "泰晤士资本,英国,洽谈,2020-06-10,,,,,,Fleet Street Advisory LLP\n"
                + prefix + "樱花医疗,日本,签订意向,2020-07-15,,,2020-06-01,,,\n"
                + prefix + "基石保险,香港,正式签约,2020-08-30,8000,金融城,2020-07-01,,,\n"
                + prefix + "首尔文化,韩国,线索,,,,,,,\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void asRecordedIsTheDefaultPlacesLeadsAtTheSheetsStagesAndListsWhatTheyOweUntilItIsRecorded() throws Exception {
        byte[] sheet = sheet("甲");
        long eventsBefore = storedEvents();

        JsonNode dryRun = upload(sheet, false, null);

        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(outcomes(dryRun)).containsExactly("CREATE", "CREATE", "CREATE", "CREATE");
        assertThat(gateWarnings(dryRun, 2)).containsExactly("考察日期: activities");
        assertThat(gateWarnings(dryRun, 3)).containsExactly("投资额(万元): plannedInvestment", "拟落地片区: targetZone");
        assertThat(gateWarnings(dryRun, 4)).containsExactly("签约日期: agreementSignedOn", "协议编号: agreementReference");
        assertThat(gateWarnings(dryRun, 5)).isEmpty();
        assertThat(row(dryRun, 4).get("messages").get(0).get("message").asText())
                .contains("SIGNED", "agreementSignedOn");

        JsonNode applied = upload(sheet, true, null);

        assertThat(outcomes(applied)).isEqualTo(outcomes(dryRun));
        assertThat(gateWarnings(applied, 4)).isEqualTo(gateWarnings(dryRun, 4));
        String insurer = row(applied, 4).get("leadId").asText();
        JsonNode detail = awaitDetail(insurer);
        assertThat(detail.get("stage").asText()).isEqualTo("SIGNED");
        assertThat(detail.get("dataToComplete")).hasSize(1);
        JsonNode owed = detail.get("dataToComplete").get(0);
        assertThat(owed.get("stage").asText()).isEqualTo("SIGNED");
        assertThat(texts(owed.get("fields"))).containsExactly("agreementSignedOn", "agreementReference");
        assertThat(owed.get("file").asText()).isEqualTo("desk.csv");
        assertThat(owed.get("row").asInt()).isEqualTo(4);
        assertThat(awaitDetail(row(applied, 2).get("leadId").asText()).get("stage").asText())
                .isEqualTo("NEGOTIATION");

        long eventsAfterImport = storedEvents();
        JsonNode again = upload(sheet, true, null);
        assertThat(outcomes(again)).containsOnly("UNCHANGED");
        assertThat(storedEvents()).isEqualTo(eventsAfterImport);

        JsonNode mine = await().atMost(Duration.ofSeconds(15)).until(
                () -> get("/api/data-to-complete?owner=staff", "staff"), list -> list.get("total").asLong() == 3);
        assertThat(mine.get("leadsPerGate").get("SITE_VISIT").asLong()).isEqualTo(1);
        assertThat(mine.get("leadsPerGate").get("INTENT").asLong()).isEqualTo(1);
        assertThat(mine.get("leadsPerGate").get("SIGNED").asLong()).isEqualTo(1);
        assertThat(mine.get("leads").get(0).get("leadId").asText()).isEqualTo(insurer);
        assertThat(get("/api/data-to-complete?owner=staff-li.na", "staff").get("total").asLong()).isZero();

        JsonNode ambassadors = get("/api/data-to-complete", "ambassador");
        assertThat(ambassadors.get("total").asLong()).isEqualTo(1);
        assertThat(ambassadors.get("leads").get(0).get("leadId").asText())
                .isEqualTo(row(applied, 2).get("leadId").asText());

        ResponseEntity<String> recorded = http.withBasicAuth("staff", "demo").postForEntity(
                "/api/leads/" + insurer + "/stage-data",
                json("{\"agreementSignedOn\":\"2020-08-30\",\"agreementReference\":\"ZS-2020-031\"}"), String.class);
        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode afterwards = await().atMost(Duration.ofSeconds(15)).until(
                () -> get("/api/data-to-complete?owner=staff", "staff"), list -> list.get("total").asLong() == 2);
        assertThat(afterwards.get("leadsPerGate").has("SIGNED")).isFalse();
        JsonNode signed = await().atMost(Duration.ofSeconds(15)).until(
                () -> awaitDetail(insurer), lead -> lead.get("dataToComplete").isEmpty());
        assertThat(signed.get("agreementReference").asText()).isEqualTo("ZS-2020-031");
        assertThat(signed.get("stage").asText()).isEqualTo("SIGNED");
    }

    @Test
    void highestSupportedLowersTheStageWithAWarningAndAReimportChangesNothing() throws Exception {
        byte[] sheet = sheet("乙");

        JsonNode dryRun = upload(sheet, false, "HIGHEST_SUPPORTED");
        assertThat(outcomes(dryRun)).containsExactly("CREATE", "CREATE", "CREATE", "CREATE");
        assertThat(warnings(dryRun, 4)).containsExactly("阶段: stage-lowered");
        assertThat(row(dryRun, 4).get("messages").get(0).get("message").asText()).contains("SIGNED", "INTENT");

        JsonNode applied = upload(sheet, true, "HIGHEST_SUPPORTED");
        assertThat(outcomes(applied)).isEqualTo(outcomes(dryRun));
        JsonNode insurer = awaitDetail(row(applied, 4).get("leadId").asText());
        assertThat(insurer.get("stage").asText()).isEqualTo("INTENT");
        assertThat(insurer.get("dataToComplete")).isEmpty();
        assertThat(awaitDetail(row(applied, 2).get("leadId").asText()).get("stage").asText())
                .isEqualTo("CONTACTED");

        long eventsAfterImport = storedEvents();
        JsonNode again = upload(sheet, true, "HIGHEST_SUPPORTED");
        assertThat(outcomes(again)).containsOnly("UNCHANGED");
        assertThat(warnings(again, 4)).containsExactly("阶段: stage-lowered");
        assertThat(storedEvents()).isEqualTo(eventsAfterImport);
    }

    @Test
    void strictRefusesRowsWhoseStageLacksTheGatesData() throws Exception {
        JsonNode applied = upload(sheet("丙"), true, "STRICT");
        assertThat(outcomes(applied)).containsExactly("ERROR", "ERROR", "ERROR", "CREATE");
        assertThat(row(applied, 4).get("messages").get(0).get("rule").asText()).isEqualTo("stage-gate");
    }

    @Test
    void anUnknownPolicyIsABadRequest() throws Exception {
        ResponseEntity<String> response = uploadResponse(sheet("丁"), false, "LENIENT");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    }

    private JsonNode get(String path, String user) throws IOException {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode upload(byte[] content, boolean apply, String policy) throws IOException {
        ResponseEntity<String> response = uploadResponse(content, apply, policy);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> uploadResponse(byte[] content, boolean apply, String policy) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "desk.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        String query = "/api/imports?apply=" + apply + (policy == null ? "" : "&stagePolicy=" + policy);
        return http.withBasicAuth("staff", "demo").postForEntity(query, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode awaitDetail(String leadId) {
        return await().ignoreExceptions().atMost(Duration.ofSeconds(15)).until(() -> {
            ResponseEntity<String> response = http.withBasicAuth("staff", "demo")
                                                  .getForEntity("/api/leads/" + leadId + "/detail", String.class);
            return response.getStatusCode() == HttpStatus.OK ? json.readTree(response.getBody()) : null;
        }, detail -> detail != null);
    }

    /** The row's gate-data-missing warnings as "column: field". */
    private static List<String> gateWarnings(JsonNode report, int sheetRow) {
        List<String> warnings = new ArrayList<>();
        row(report, sheetRow).get("messages").forEach(message -> {
            if (message.get("rule").asText().equals("gate-data-missing")) {
                assertThat(message.get("error").asBoolean()).isFalse();
                warnings.add(message.get("column").asText() + ": " + message.get("field").asText());
            }
        });
        return warnings;
    }

    /** The row's warnings as "column: rule". */
    private static List<String> warnings(JsonNode report, int sheetRow) {
        List<String> warnings = new ArrayList<>();
        row(report, sheetRow).get("messages").forEach(message -> {
            if (!message.get("error").asBoolean()) {
                warnings.add(message.get("column").asText() + ": " + message.get("rule").asText());
            }
        });
        return warnings;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asText()));
        return texts;
    }

    private long storedEvents() {
        return ImportReports.storedLeadEvents(database);
    }
}
