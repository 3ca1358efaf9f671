package org.zhaoshang.crm.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.importing.ImportReports.outcomes;
import static org.zhaoshang.crm.importing.ImportReports.row;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * Imports of real sample sheets (backend/src/test/resources/imports) and of a generated 10,000-row sheet through the
 * REST API: the dry run changes nothing, the import creates what the dry run said, a second import creates nothing.
 * Its own application context and store (a property no other test sets, closed after the class): the 10,000 leads
 * stay out of the other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "spring.application.name=import-test")
@DirtiesContext
class LeadImportApiTest {

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
    void aChineseDeskSheetIsCheckedThenImportedRowByRowAndASecondImportCreatesNothing() throws Exception {
        assertThat(http.postForEntity("/api/leads", json(
                "{\"companyNameZh\":\"渣打银行\",\"companyNameEn\":\"Standard Chartered\",\"market\":\"LONDON\"}"),
                                      String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        awaitNamed("渣打银行");
        long eventsBefore = storedEvents();

        JsonNode dryRun = upload("lixia-desk-zh.csv", sample("lixia-desk-zh.csv"), false, "USD=7.12");

        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(dryRun.get("applied").asBoolean()).isFalse();
        assertThat(dryRun.get("mapping").get("投资额(万元)").asText()).isEqualTo("INVESTMENT");
        assertThat(dryRun.get("mapping").get("备注").asText()).isEqualTo("REMARKS");
        assertThat(outcomes(dryRun)).containsExactly(
                "CREATE", "CREATE", "CREATE", "CREATE", "DUPLICATE", "ERROR", "ERROR", "CREATE", "ERROR", "ERROR",
                "DUPLICATE", "ERROR");
        assertThat(messages(dryRun, 7)).containsExactly("公司名称: required");
        assertThat(messages(dryRun, 8)).containsExactly("考察日期: stage-gate");
        assertThat(messages(dryRun, 10)).containsExactly("阶段日期: date", "投资额(万元): amount");
        assertThat(messages(dryRun, 11)).containsExactly("电话: phone");
        assertThat(messages(dryRun, 13)).containsExactly("阶段日期: not-future");
        assertThat(row(dryRun, 6).get("messages").get(0).get("message").asText())
                .isEqualTo("row 2 of this sheet has this company");

        JsonNode applied = upload("lixia-desk-zh.csv", sample("lixia-desk-zh.csv"), true, "USD=7.12");

        assertThat(outcomes(applied)).isEqualTo(outcomes(dryRun));
        String insurerId = row(applied, 5).get("leadId").asText();
        JsonNode insurer = awaitDetail(insurerId);
        assertThat(insurer.get("stage").asText()).isEqualTo("SIGNED");
        assertThat(insurer.get("owner").asText()).isEqualTo("staff");
        assertThat(insurer.get("plannedInvestment").get("currency").asText()).isEqualTo("USD");
        assertThat(insurer.get("plannedInvestment").get("cnyWan").decimalValue()).isEqualByComparingTo("2136");
        assertThat(insurer.get("agreementReference").asText()).isEqualTo("LX-2026-031");
        JsonNode clinic = awaitDetail(row(applied, 3).get("leadId").asText());
        assertThat(clinic.get("stage").asText()).isEqualTo("INTENT");
        assertThat(clinic.get("introducedBy").asText()).isEqualTo("demo-amb-tokyo");
        assertThat(clinic.get("plannedInvestment").get("cnyWan").decimalValue()).isEqualByComparingTo("12000");
        assertThat(clinic.get("identifiedOn").asText()).isEqualTo("2026-02-10");
        Document created = database.getCollection(MongoEventStorageEngine.EVENTS)
                                   .find(new Document("aggregateId", insurerId)).first();
        JsonNode metaData = json.readTree(created.getString("metaData"));
        assertThat(metaData.get("importFile").asText()).isEqualTo("lixia-desk-zh.csv");
        assertThat(metaData.get("importRow").asInt()).isEqualTo(5);
        assertThat(metaData.get("actor").asText()).isEqualTo("staff");

        long eventsAfterImport = storedEvents();
        JsonNode again = upload("lixia-desk-zh.csv", sample("lixia-desk-zh.csv"), true, "USD=7.12");
        assertThat(outcomes(again)).doesNotContain("CREATE", "UPDATE");
        assertThat(storedEvents()).isEqualTo(eventsAfterImport);
    }

    /** A desk sheet with two remark columns, unmapped columns, a blank header and a second phone column. */
    private static byte[] ledgerWithRemarks(String secondStage, String secondProgress) {
        String longRemark = "长".repeat(2_500);
        return ("\uFEFF公司名称,国家,阶段,招商大使,备注,进展情况,序号,对接领导,,电话,电话\n"
                + "伯明翰精密仪器有限公司,英国,初步接洽,Fleet Street Advisory LLP,重点跟进,3月已回访,1,张副区长,旧编号A,"
                + "+44 121 000 0000,+44 121 000 0001\n"
                + "曼彻斯特生物科技有限公司,英国," + secondStage + ",," + longRemark + "," + secondProgress + ",2,,,,\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void remarksAndUnmappedColumnsAreKeptWithTheLeadForTheBureauAloneAndAReImportAddsNothing() throws Exception {
        long eventsBefore = storedEvents();

        JsonNode dryRun = upload("desk-remarks.csv", ledgerWithRemarks("线索", ""), false);

        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(dryRun.get("mapping").get("备注").asText()).isEqualTo("REMARKS");
        assertThat(dryRun.get("mapping").get("进展情况").asText()).isEqualTo("REMARKS");
        assertThat(dryRun.get("mapping").get("序号").asText()).isEqualTo("IGNORED");
        assertThat(outcomes(dryRun)).containsExactly("CREATE", "CREATE");
        JsonNode cut = row(dryRun, 3).get("messages").get(0);
        assertThat(cut.get("column").asText() + ": " + cut.get("rule").asText() + ", " + cut.get("error").asBoolean())
                .isEqualTo("备注: cut, false");

        JsonNode applied = upload("desk-remarks.csv", ledgerWithRemarks("线索", ""), true);

        assertThat(outcomes(applied)).containsExactly("CREATE", "CREATE");
        String birminghamId = row(applied, 2).get("leadId").asText();
        JsonNode birmingham = awaitDetail(birminghamId);
        assertThat(birmingham.get("introducedBy").asText()).isEqualTo("demo-amb-london");
        assertThat(birmingham.get("activities")).as("a remark is no contact with the company").isEmpty();
        JsonNode records = json.readTree(http.getForEntity("/api/leads/" + birminghamId + "/import-records",
                                                           String.class).getBody()).get("records");
        assertThat(records).hasSize(1);
        JsonNode record = records.get(0);
        assertThat(record.get("file").asText()).isEqualTo("desk-remarks.csv");
        assertThat(record.get("row").asInt()).isEqualTo(2);
        assertThat(record.get("importedOn").asText()).isEqualTo(BureauTime.today(Clock.systemUTC()).toString());
        assertThat(cells(record.get("remarks"))).containsExactly("备注=重点跟进", "进展情况=3月已回访");
        assertThat(cells(record.get("otherColumns")))
                .containsExactly("序号=1", "对接领导=张副区长", "[I]=旧编号A", "电话=+44 121 000 0001");
        JsonNode history = json.readTree(http.getForEntity("/api/leads/" + birminghamId + "/history",
                                                           String.class).getBody()).get("events");
        JsonNode recorded = entryOfType(history, "LeadImportRecorded");
        assertThat(recorded.get("occurredOn").asText()).isEqualTo(record.get("importedOn").asText());
        assertThat(recorded.get("data").get("remarks").get(0).get("text").asText()).isEqualTo("重点跟进");
        JsonNode listed = await().ignoreExceptions().atMost(Duration.ofSeconds(15)).until(
                () -> json.readTree(http.getForEntity("/api/leads/" + birminghamId, String.class).getBody()),
                summary -> summary.has("leadId"));
        assertThat(listed.get("lastContactOn").isNull()).as("a remark is no contact").isTrue();
        String manchesterId = row(applied, 3).get("leadId").asText();
        awaitDetail(manchesterId);
        JsonNode manchester = json.readTree(http.getForEntity("/api/leads/" + manchesterId + "/import-records",
                                                              String.class).getBody()).get("records");
        assertThat(manchester.get(0).get("remarks").get(0).get("text").asText()).isEqualTo("长".repeat(2_000));
        assertThat(cells(manchester.get(0).get("otherColumns"))).containsExactly("序号=2");

        long eventsAfterImport = storedEvents();
        JsonNode again = upload("desk-remarks.csv", ledgerWithRemarks("线索", ""), true);
        assertThat(outcomes(again)).containsExactly("UNCHANGED", "UNCHANGED");
        assertThat(storedEvents()).isEqualTo(eventsAfterImport);

        JsonNode movedOn = upload("desk-remarks.csv", ledgerWithRemarks("初步接洽", "已电话联系"), true);
        assertThat(outcomes(movedOn)).containsExactly("UNCHANGED", "UPDATE");
        JsonNode both = json.readTree(http.getForEntity("/api/leads/" + manchesterId + "/import-records",
                                                        String.class).getBody()).get("records");
        assertThat(both).hasSize(2);
        assertThat(cells(both.get(1).get("remarks"))).contains("进展情况=已电话联系");
    }

    @Test
    void anAmbassadorSeesNeitherTheRemarksNorTheOtherColumnsOfTheirLead() throws Exception {
        JsonNode applied = upload("desk-ambassador.csv", ("公司名称,国家,招商大使,备注,对接领导\n"
                + "利兹内部备注测试有限公司,英国,Fleet Street Advisory LLP,只给局里看的备注,局内联系人甲\n")
                .getBytes(StandardCharsets.UTF_8), true);
        String leadId = row(applied, 2).get("leadId").asText();
        awaitDetail(leadId);
        assertThat(http.getForEntity("/api/leads/" + leadId + "/import-records", String.class).getBody())
                .contains("只给局里看的备注", "局内联系人甲");

        http = http.withBasicAuth("ambassador", "demo");

        ResponseEntity<String> detail = http.getForEntity("/api/leads/" + leadId + "/detail", String.class);
        assertThat(detail.getStatusCode()).as("the ambassador sees their lead").isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody()).doesNotContain("只给局里看的备注", "局内联系人甲");
        ResponseEntity<String> history = http.getForEntity("/api/leads/" + leadId + "/history", String.class);
        assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(history.getBody()).doesNotContain("LeadImportRecorded", "只给局里看的备注", "局内联系人甲");
        ResponseEntity<String> records = http.getForEntity("/api/leads/" + leadId + "/import-records", String.class);
        assertThat(records.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(records.getBody()).doesNotContain("只给局里看的备注", "局内联系人甲");
    }

    /** The cells as "header=text". */
    private static List<String> cells(JsonNode cells) {
        List<String> texts = new ArrayList<>();
        cells.forEach(cell -> texts.add(cell.get("header").asText() + "=" + cell.get("text").asText()));
        return texts;
    }

    private static JsonNode entryOfType(JsonNode history, String type) {
        for (JsonNode entry : history) {
            if (entry.get("type").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " in " + history);
    }

    @Test
    void anEnglishWorkbookAndAGbkCsvAreReadWithTheirOwnHeadersDatesAndUnits() throws Exception {
        JsonNode workbook = upload("london-desk-en.xlsx", sample("london-desk-en.xlsx"), false);
        assertThat(workbook.get("mapping").get("Stage date").asText()).isEqualTo("STAGE_DATE");
        assertThat(workbook.get("mapping").get("Contact email").asText()).isEqualTo("CONTACT_EMAIL");
        assertThat(outcomes(workbook)).containsExactly("CREATE", "ERROR", "CREATE", "ERROR");
        assertThat(messages(workbook, 3)).containsExactly("Contact email: email");
        assertThat(messages(workbook, 5)).contains("Stage: stage-gate");

        JsonNode gbk = upload("gbk-desk.csv", sample("gbk-desk.csv"), true, "JPY=0.047");
        assertThat(gbk.get("mapping").get("企业名称").asText()).isEqualTo("COMPANY_NAME");
        assertThat(outcomes(gbk)).containsExactly("CREATE", "CREATE", "CREATE");
        assertThat(messages(gbk, 4)).containsExactly("大使: unknown-ambassador");
        JsonNode busan = awaitDetail(row(gbk, 2).get("leadId").asText());
        assertThat(busan.get("company").get("nameZh").asText()).isEqualTo("釜山医疗器械株式会社");
        assertThat(busan.get("market").asText()).isEqualTo("KOREA");
        assertThat(busan.get("introducedBy").asText()).isEqualTo("demo-amb-seoul");
        assertThat(busan.get("contacts").get(0).get("contact").get("familyName").asText()).isEqualTo("金");
        assertThat(busan.get("contacts").get(0).get("contact").get("givenName").asText()).isEqualTo("敏俊");
        JsonNode nagoya = awaitDetail(row(gbk, 3).get("leadId").asText());
        assertThat(nagoya.get("plannedInvestment").get("amountWan").decimalValue()).isEqualByComparingTo("20000");
        assertThat(nagoya.get("plannedInvestment").get("currency").asText()).isEqualTo("JPY");
    }

    @Test
    void aMappingSavedByNameReadsTheNextSheetTheSameWay() throws Exception {
        byte[] sheet = "单位,地区\n青岛啤酒伦敦分公司,英国\n".getBytes(StandardCharsets.UTF_8);
        JsonNode unmapped = problem(uploadResponse("desk.csv", sheet, false, Map.of()), HttpStatus.BAD_REQUEST);
        assertThat(unmapped.get("errors").get(0).get("field").asText()).isEqualTo("mapping");

        assertThat(http.exchange("/api/imports/mappings/青岛台账", org.springframework.http.HttpMethod.PUT,
                                 json("{\"单位\":\"COMPANY_NAME\",\"地区\":\"COUNTRY\"}"), String.class)
                       .getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(uploadResponse("desk.csv", sheet, false,
                                                       Map.of("savedMapping", "青岛台账")).getBody());
        assertThat(outcomes(report)).containsExactly("CREATE");
        assertThat(json.readTree(http.getForEntity("/api/imports/mappings", String.class).getBody())
                       .get("青岛台账").get("地区").asText()).isEqualTo("COUNTRY");
    }

    @Test
    void filesOfAnotherTypeTooLargeOrEmptyAreRefusedBeforeAnyWork() throws Exception {
        long eventsBefore = storedEvents();
        assertThat(fileProblem("notes.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEqualTo("type");
        assertThat(fileProblem("old.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .isEqualTo("type");
        assertThat(fileProblem("fake.xlsx", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("type");
        assertThat(fileProblem("empty.csv", new byte[0])).isEqualTo("required");
        assertThat(fileProblem("quote.csv", "公司名称,国家\n\"泰晤士资本,英国\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("unreadable");
        assertThat(fileProblem("big.csv", new byte[20 * 1024 * 1024 + 1])).isEqualTo("too-large");
        StringBuilder tooLong = new StringBuilder("公司名称,国家\n");
        for (int row = 0; row <= 50_000; row++) {
            tooLong.append("公司").append(row).append(",英国\n");
        }
        assertThat(fileProblem("long.csv", tooLong.toString().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("too-many-rows");
        JsonNode badRate = problem(uploadResponse("lixia-desk-zh.csv", sample("lixia-desk-zh.csv"), false,
                                                  Map.of("rate", "USD:7")), HttpStatus.BAD_REQUEST);
        assertThat(badRate.get("errors").get(0).get("field").asText()).isEqualTo("rate");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void ambassadorsAndAdministratorsMayNotImport() throws Exception {
        for (String user : List.of("ambassador", "admin")) {
            http = http.withBasicAuth(user, "demo");
            assertThat(uploadResponse("gbk-desk.csv", sample("gbk-desk.csv"), false, Map.of()).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void tenThousandGeneratedRowsAreCheckedImportedAndImportedAgainAsANoOp() throws Exception {
        StringBuilder csv = new StringBuilder("Company,Market,Industry,Stage,Investment,Contact,Identified on\n");
        String[] markets = {"London", "HK", "日本", "韩国", "北京"};
        String[] stages = {"Lead", "Contacted", "线索"};
        for (int row = 0; row < 10_000; row++) {
            csv.append("Generated Capital ").append(row).append(',').append(markets[row % markets.length])
               .append(",Fintech,").append(stages[row % stages.length]).append(',').append(row % 7 == 0 ? "" : "1.5亿")
               .append(",Contact ").append(row).append(",2026-0").append(1 + row % 9).append("-1").append(row % 9)
               .append('\n');
        }
        byte[] sheet = csv.toString().getBytes(StandardCharsets.UTF_8);
        long eventsBefore = storedEvents();

        JsonNode dryRun = upload("generated.csv", sheet, false);
        assertThat(dryRun.get("counts").get("CREATE").asLong()).isEqualTo(10_000);
        assertThat(storedEvents()).isEqualTo(eventsBefore);

        JsonNode applied = upload("generated.csv", sheet, true);
        assertThat(applied.get("counts").get("CREATE").asLong()).isEqualTo(10_000);
        assertThat(database.getCollection(MongoEventStorageEngine.EVENTS)
                           .countDocuments(Filters.and(
                                   Filters.eq("payloadType", "org.zhaoshang.crm.lead.api.LeadCreatedEvent"),
                                   Filters.regex("metaData", "\"importFile\":\"generated\\.csv\""))))
                .isEqualTo(10_000);

        long eventsAfter = storedEvents();
        JsonNode again = upload("generated.csv", sheet, true);
        assertThat(again.get("counts").get("UNCHANGED").asLong()).as(again.get("counts").toString()).isEqualTo(10_000);
        assertThat(storedEvents()).isEqualTo(eventsAfter);
    }

    private JsonNode upload(String name, byte[] content, boolean apply, String... rates) throws IOException {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (String rate : rates) {
            parameters.add("rate", rate);
        }
        parameters.add("stagePolicy", "STRICT"); // these sheets check the gates' refusals; StagePolicyImportApiTest the rest
        ResponseEntity<String> response = uploadResponse(name, content, apply, parameters.toSingleValueMap());
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> uploadResponse(String name, byte[] content, boolean apply,
                                                  Map<String, String> parameters) {
        StringBuilder query = new StringBuilder("/api/imports?apply=" + apply);
        parameters.forEach((key, value) -> query.append('&').append(key).append('=').append(value));
        return ImportReports.post(http, query.toString(), name, content);
    }

    private String fileProblem(String name, byte[] content) throws IOException {
        JsonNode problem = problem(uploadResponse(name, content, true, Map.of()), HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("file");
        return problem.get("errors").get(0).get("rule").asText();
    }

    private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws IOException {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        return json.readTree(response.getBody());
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = LeadImportApiTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The errors of a row as "column: rule". */
    private static List<String> messages(JsonNode report, int sheetRow) {
        List<String> messages = new ArrayList<>();
        row(report, sheetRow).get("messages").forEach(message -> {
            if (message.get("error").asBoolean() || message.get("rule").asText().startsWith("unknown")) {
                messages.add(message.get("column").asText() + ": " + message.get("rule").asText());
            }
        });
        return messages;
    }

    private JsonNode awaitDetail(String leadId) {
        return await().ignoreExceptions().atMost(Duration.ofSeconds(15)).until(() -> {
            ResponseEntity<String> response = http.getForEntity("/api/leads/" + leadId + "/detail", String.class);
            return response.getStatusCode() == HttpStatus.OK ? json.readTree(response.getBody()) : null;
        }, detail -> detail != null);
    }

    private void awaitNamed(String name) {
        await().atMost(Duration.ofSeconds(15)).until(() -> http.getForEntity("/api/leads?q=" + name, String.class)
                                                               .getBody().contains(name));
    }

    private long storedEvents() {
        return ImportReports.storedLeadEvents(database);
    }
}
