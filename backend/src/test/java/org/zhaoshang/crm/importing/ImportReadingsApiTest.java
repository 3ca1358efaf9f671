package org.zhaoshang.crm.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.importing.ImportReports.outcomes;
import static org.zhaoshang.crm.importing.ImportReports.row;
import static org.awaitility.Awaitility.await;

/**
 * Words and values as a bureau's staff type them in a desk sheet, through the import API: status words in the stage
 * columns (on hold, lost, registered, operating), approximate amounts and areas, amounts in 元, land projects below
 * the district's bar, and blank rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportReadingsApiTest {

    private static final String STATUS_SHEET = """
            公司名称,国家,阶段,状态,阶段日期,投资额(万元),拟落地片区,考察日期,签约日期,协议编号,注册日期
            读数暂缓洽谈公司,英国,洽谈,暂缓（资金未到位）,2025-06-01,,,2025-05-20,,,
            读数流失公司,日本,,流失,,,,,,,
            读数签约他区公司,香港,,签约济南高新区,2025-07-01,,,,,,
            读数已注册公司,韩国,已注册,,2025-09-01,5000,金融城,2025-05-01,2025-08-01,LX-R-1,2025-09-01
            读数已开业公司,北京,已开业,,2025-10-01,5000,金融城,2025-05-01,2025-08-01,LX-R-2,2025-09-01
            Readings Moved Ltd,UK,,moved to Shanghai,,,,,,,
            Readings Paused Ltd,UK,,On hold,,,,2025-04-02,,,
            读数已签他地公司,英国,线索,已签他地,,,,,,,
            """;
    private static final String VALUES_SHEET = """
            公司名称,国家,阶段,投资额(万元),用地(亩),载体面积
            读数约数公司,英国,线索,约800万,,约2000平方米
            ,,,,,
            读数英文约数公司,英国,线索,about 8m,30亩左右,
              ,\u3000,\u3000\u3000, , ,\u00A0
            读数用地达标公司,英国,线索,20亿,30,
            读数以元计公司,英国,线索,120000000,,
            """;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void signIn() {
        http = http.withBasicAuth("staff", "demo");
    }

    @Test
    void statusWordsPutLeadsOnHoldOrLostOrLandedOrOperatingAndAReimportChangesNothing() throws Exception {
        byte[] sheet = STATUS_SHEET.getBytes(StandardCharsets.UTF_8);
        long eventsBefore = storedEvents();

        JsonNode dryRun = upload("status-words.csv", sheet, false, "");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(outcomes(dryRun)).as(dryRun.toString()).containsOnly("CREATE").hasSize(8);

        JsonNode applied = upload("status-words.csv", sheet, true, "");
        assertThat(outcomes(applied)).isEqualTo(outcomes(dryRun));
        JsonNode heldInTalks = awaitDetail(applied, 2, "ON_HOLD");
        assertThat(heldInTalks.get("stage").asText()).isEqualTo("NEGOTIATION");
        assertThat(heldInTalks.get("holdReason").asText()).isEqualTo("暂缓（资金未到位）");
        assertThat(heldInTalks.get("revisitOn").asText()).isNotEmpty();
        JsonNode lost = awaitDetail(applied, 3, "LOST");
        assertThat(lost.get("stage").asText()).isEqualTo("LEAD");
        assertThat(lost.get("lossReason").asText()).isEqualTo("OTHER");
        assertThat(lost.get("lossDetail").asText()).isEqualTo("流失");
        JsonNode signedElsewhere = awaitDetail(applied, 4, "LOST");
        assertThat(signedElsewhere.get("lossReason").asText()).isEqualTo("CHOSE_OTHER_LOCATION");
        assertThat(signedElsewhere.get("competingLocation").asText()).isEqualTo("济南高新区");
        assertThat(signedElsewhere.get("lossDetail").asText()).isEqualTo("签约济南高新区");
        assertThat(awaitDetail(applied, 5, "OPEN").get("stage").asText()).isEqualTo("LANDED");
        assertThat(awaitDetail(applied, 6, "OPEN").get("stage").asText()).isEqualTo("OPERATING");
        JsonNode movedAway = awaitDetail(applied, 7, "LOST");
        assertThat(movedAway.get("lossReason").asText()).isEqualTo("CHOSE_OTHER_LOCATION");
        assertThat(movedAway.get("competingLocation").asText()).isEqualTo("Shanghai");
        JsonNode pausedAfterVisit = awaitDetail(applied, 8, "ON_HOLD");
        assertThat(pausedAfterVisit.get("stage").asText()).as("the stage its visit gives").isEqualTo("SITE_VISIT");
        assertThat(pausedAfterVisit.get("holdReason").asText()).isEqualTo("On hold");
        assertThat(awaitDetail(applied, 9, "LOST").get("competingLocation").asText()).isEqualTo("他地");

        long eventsAfterImport = storedEvents();
        JsonNode dryRunAgain = upload("status-words.csv", sheet, false, "");
        JsonNode again = upload("status-words.csv", sheet, true, "");
        assertThat(outcomes(dryRunAgain)).containsOnly("UNCHANGED");
        assertThat(outcomes(again)).containsOnly("UNCHANGED").hasSize(8);
        assertThat(storedEvents()).isEqualTo(eventsAfterImport);
    }

    @Test
    void approximateFiguresAreReadWithAWarningLandBelowTheBarIsSaidAndBlankRowsAreCountedAsEmpty() throws Exception {
        JsonNode report = upload("values.csv", VALUES_SHEET.getBytes(StandardCharsets.UTF_8), false, "");

        assertThat(outcomes(report)).containsExactly("CREATE", "EMPTY", "CREATE", "EMPTY", "CREATE", "ERROR");
        assertThat(report.get("counts").get("EMPTY").asInt()).isEqualTo(2);
        assertThat(messages(report, 2)).containsExactly("投资额(万元): approximate", "载体面积: approximate");
        assertThat(message(report, 2, 0).get("arguments").get(1).asText()).isEqualTo("800 万元");
        assertThat(message(report, 2, 0).get("error").asBoolean()).isFalse();
        assertThat(messages(report, 4)).containsExactly("投资额(万元): approximate", "用地(亩): approximate",
                                                        "用地(亩): below-land-bar");
        assertThat(message(report, 4, 2).get("message").asText()).contains("26.67").contains("5500");
        assertThat(message(report, 4, 2).get("arguments").get(0).asText()).isEqualTo("26.67");
        assertThat(messages(report, 3)).isEmpty();
        assertThat(messages(report, 6)).isEmpty();
        assertThat(messages(report, 7)).containsExactly("投资额(万元): probably-yuan");
        assertThat(message(report, 7, 0).get("error").asBoolean()).isTrue();
        assertThat(message(report, 7, 0).get("message").asText()).contains("12000 万元");
    }

    @Test
    void bareNumbersAreReadAsYuanWhenTheImportSaysSo() throws Exception {
        byte[] sheet = VALUES_SHEET.replace("读数", "元表读数").getBytes(StandardCharsets.UTF_8);
        JsonNode inYuan = upload("values-in-yuan.csv", sheet, true, "&bareNumbersInYuan=true");

        assertThat(outcomes(inYuan)).containsExactly("CREATE", "EMPTY", "CREATE", "EMPTY", "CREATE", "CREATE");
        JsonNode lead = awaitDetail(inYuan, 7, "OPEN");
        assertThat(lead.get("plannedInvestment").get("cnyWan").decimalValue()).isEqualByComparingTo("12000");
        JsonNode approximate = awaitDetail(inYuan, 2, "OPEN");
        assertThat(approximate.get("plannedInvestment").get("cnyWan").decimalValue()).isEqualByComparingTo("800");
        assertThat(approximate.get("floorSpaceM2").decimalValue()).isEqualByComparingTo("2000");
    }

    private JsonNode upload(String name, byte[] content, boolean apply, String parameters) throws IOException {
        return ImportReports.report(http, "/api/imports?apply=" + apply + parameters, name, content);
    }

    /** Every message of a row, warnings too, as "column: rule". */
    private static List<String> messages(JsonNode report, int sheetRow) {
        List<String> messages = new ArrayList<>();
        row(report, sheetRow).get("messages").forEach(
                message -> messages.add(message.get("column").asText() + ": " + message.get("rule").asText()));
        return messages;
    }

    private static JsonNode message(JsonNode report, int sheetRow, int index) {
        return row(report, sheetRow).get("messages").get(index);
    }

    /** The lead of a row once it has the status. */
    private JsonNode awaitDetail(JsonNode report, int sheetRow, String status) {
        String leadId = row(report, sheetRow).get("leadId").asText();
        Predicate<JsonNode> hasStatus = detail -> detail != null && detail.get("status").asText().equals(status);
        return await().ignoreExceptions().atMost(Duration.ofSeconds(15)).until(() -> {
            ResponseEntity<String> response = http.getForEntity("/api/leads/" + leadId + "/detail", String.class);
            return response.getStatusCode() == HttpStatus.OK ? json.readTree(response.getBody()) : null;
        }, hasStatus);
    }

    private long storedEvents() {
        return ImportReports.storedLeadEvents(database);
    }
}
