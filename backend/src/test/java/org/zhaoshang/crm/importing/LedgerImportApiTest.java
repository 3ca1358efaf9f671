package org.zhaoshang.crm.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.importing.ImportReports.outcomes;
import static org.zhaoshang.crm.importing.ImportReports.row;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * A bureau's first day: its 2020 desk ledger (台账) as staff keep it, once in GBK and once in UTF-8 with a BOM, amounts
 * in 元, stages recorded without the gates' data, status words, an approximate amount, a land project below the
 * district's bar, a company in traditional characters that the system has in simplified ones, a blank row, remarks,
 * columns no field takes, and an ambassador not registered yet. Checked, imported, imported again: nothing is lost
 * and nothing is created twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "spring.application.name=ledger-import-test")
@DirtiesContext
class LedgerImportApiTest {

    private static final List<String> OUTCOMES = List.of(
            "CREATE", "DUPLICATE", "CREATE", "CREATE", "CREATE", "CREATE", "CREATE", "CREATE", "CREATE", "EMPTY",
            "CREATE", "CREATE");

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDeskLedgerInGbkOrUtf8IsCheckedImportedAsRecordedAndImportedAgainWithoutAChange() throws Exception {
        http = http.withBasicAuth("staff", "demo");
        assertThat(http.postForEntity("/api/leads", json(
                "{\"companyNameZh\":\"汇丰银行\",\"companyNameEn\":\"HSBC\",\"market\":\"HONG_KONG\"}"),
                                      String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(15)).until(
                () -> http.getForEntity("/api/leads?q=汇丰", String.class).getBody(), body -> body.contains("汇丰银行"));
        long eventsBefore = storedEvents();

        JsonNode inWan = upload("台账-gbk.csv", sample("ledger-2020-gbk.csv"), false, false);
        assertThat(row(inWan, 8).get("outcome").asText()).isEqualTo("ERROR");
        assertThat(messages(row(inWan, 8))).contains("投资额: probably-yuan");
        assertThat(row(inWan, 8).get("messages").toString()).contains("12000 万元");

        JsonNode gbk = upload("台账-gbk.csv", sample("ledger-2020-gbk.csv"), false, true);
        JsonNode utf8 = upload("台账-utf8.csv", sample("ledger-2020-utf8-bom.csv"), false, true);
        assertThat(storedEvents()).as("dry runs store nothing").isEqualTo(eventsBefore);
        assertThat(outcomes(gbk)).as(gbk.toString()).isEqualTo(OUTCOMES);
        assertThat(outcomes(utf8)).isEqualTo(OUTCOMES);
        assertThat(gbk.get("mapping").get("序号").asText()).isEqualTo("IGNORED");
        assertThat(gbk.get("mapping").get("备注").asText()).isEqualTo("REMARKS");
        assertThat(gbk.get("mapping").get("进展情况").asText()).isEqualTo("REMARKS");
        assertThat(gbk.get("counts").get("CREATE").asInt()).isEqualTo(10);
        assertThat(gbk.get("counts").get("EMPTY").asInt()).isEqualTo(1);
        assertThat(row(gbk, 3).get("messages").toString()).as("滙豐銀行 is 汇丰银行").contains("duplicate");
        assertThat(rules(row(gbk, 2))).as("no visit logged for its talks").contains("gate-data-missing");
        assertThat(messages(row(gbk, 4))).contains("投资额: approximate");
        assertThat(rules(row(gbk, 4))).contains("gate-data-missing");
        assertThat(rules(row(gbk, 10))).contains("below-land-bar", "gate-data-missing");
        assertThat(rules(row(gbk, 12))).contains("unknown-ambassador");
        JsonNode unknown = gbk.get("unknownAmbassadors");
        assertThat(unknown).hasSize(1);
        assertThat(unknown.get(0).get("name").asText()).isEqualTo("田中一郎");
        assertThat(unknown.get(0).get("rows").toString()).isEqualTo("[12,13]");

        JsonNode applied = upload("台账-utf8.csv", sample("ledger-2020-utf8-bom.csv"), true, true);
        assertThat(outcomes(applied)).isEqualTo(OUTCOMES);

        JsonNode barclays = awaitDetail(applied, 2, "OPEN");
        assertThat(barclays.get("stage").asText()).as("the stage the ledger recorded").isEqualTo("NEGOTIATION");
        assertThat(barclays.get("plannedInvestment").get("cnyWan").decimalValue()).isEqualByComparingTo("50000");
        JsonNode owed = barclays.get("dataToComplete").get(0);
        assertThat(owed.get("stage").asText()).isEqualTo("SITE_VISIT");
        assertThat(owed.get("fields").toString()).contains("activities");
        assertThat(owed.get("file").asText()).isEqualTo("台账-utf8.csv");
        assertThat(owed.get("row").asInt()).isEqualTo(2);
        JsonNode records = json.readTree(http.getForEntity(
                "/api/leads/" + barclays.get("leadId").asText() + "/import-records", String.class).getBody())
                               .get("records");
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(cells(records.get(0).get("remarks"))).containsExactly("备注=伦敦路演时接触", "进展情况=已两次电话沟通");
        assertThat(cells(records.get(0).get("otherColumns"))).containsExactly("序号=1", "对接科室=金融科", "评级=A");

        JsonNode mizuho = awaitDetail(applied, 4, "OPEN");
        assertThat(mizuho.get("stage").asText()).isEqualTo("SIGNED");
        assertThat(mizuho.get("plannedInvestment").get("cnyWan").decimalValue()).isEqualByComparingTo("800");
        assertThat(mizuho.get("dataToComplete").toString()).contains("agreementSignedOn", "agreementReference");
        assertThat(awaitDetail(applied, 5, "ON_HOLD").get("holdReason").asText()).contains("暂缓");
        assertThat(awaitDetail(applied, 6, "LOST").get("lossReason").asText()).isEqualTo("CHOSE_OTHER_LOCATION");
        JsonNode dropped = awaitDetail(applied, 7, "LOST");
        assertThat(dropped.get("lossReason").asText()).isEqualTo("OTHER");
        assertThat(dropped.get("lossDetail").asText()).isEqualTo("放弃");
        JsonNode landed = awaitDetail(applied, 8, "OPEN");
        assertThat(landed.get("stage").asText()).isEqualTo("LANDED");
        assertThat(landed.get("plannedInvestment").get("cnyWan").decimalValue()).isEqualByComparingTo("12000");
        assertThat(landed.get("agreementReference").asText()).isEqualTo("LX-2020-017");
        assertThat(awaitDetail(applied, 9, "OPEN").get("stage").asText()).isEqualTo("OPERATING");
        assertThat(awaitDetail(applied, 13, "OPEN").get("introducedBy").isNull()).isTrue();

        JsonNode toComplete = await().atMost(Duration.ofSeconds(15)).until(
                () -> json.readTree(http.getForEntity("/api/data-to-complete?owner=staff&size=200", String.class)
                                        .getBody()),
                list -> list.get("leads").toString().contains(barclays.get("leadId").asText()));
        assertThat(toComplete.get("leadsPerGate").get("SITE_VISIT").asLong()).isGreaterThanOrEqualTo(5);

        long eventsAfterImport = storedEvents();
        JsonNode again = upload("台账-gbk.csv", sample("ledger-2020-gbk.csv"), true, true);
        assertThat(outcomes(again)).doesNotContain("CREATE", "UPDATE", "ERROR");
        assertThat(storedEvents()).as("the same ledger again changes nothing").isEqualTo(eventsAfterImport);
    }

    private JsonNode upload(String name, byte[] content, boolean apply, boolean inYuan) throws IOException {
        return ImportReports.report(http, "/api/imports?apply=" + apply + "&bareNumbersInYuan=" + inYuan, name,
                                    content);
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = LedgerImportApiTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Each message of a row as "column: rule". */
    private static List<String> messages(JsonNode row) {
        List<String> messages = new ArrayList<>();
        row.get("messages").forEach(message -> messages.add(message.get("column").asText() + ": "
                                                            + message.get("rule").asText()));
        return messages;
    }

    private static List<String> rules(JsonNode row) {
        List<String> rules = new ArrayList<>();
        row.get("messages").forEach(message -> rules.add(message.get("rule").asText()));
        return rules;
    }

    private static List<String> cells(JsonNode cells) {
        List<String> texts = new ArrayList<>();
        cells.forEach(cell -> texts.add(cell.get("header").asText() + "=" + cell.get("text").asText()));
        return texts;
    }

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
