package org.zhaoshang.crm.report.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * The reports over REST: the content as JSON, Word and Excel files with their content types and Chinese or English
 * names, bad parameters as 400 problems naming each field, a period not begun refused (a running one read so far), ambassadors and
 * administrators refused, a leader's rows their own; issuing by hand (managers, once) and downloading the issued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportApiTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(BureauTime.ZONE);
    private final String lastWeek = IsoWeek.of(today).previous().toString();
    private final String lastMonth = YearMonth.from(today).minusMonths(1).toString();

    @Test
    void theDispatchAsJsonWordAndExcel() throws Exception {
        ResponseEntity<String> content = get("manager", "/api/reports/dispatch?week=" + lastWeek, String.class);
        assertThat(content.getStatusCode()).as(content.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(content.getBody()).get("from").asText())
                .isEqualTo(IsoWeek.parse(lastWeek).firstDay().toString());

        ResponseEntity<byte[]> word = get("staff", "/api/reports/dispatch?week=" + lastWeek + "&format=docx&lang=zh",
                                          byte[].class);
        assertThat(word.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(word.getHeaders().getContentType()).hasToString(DOCX);
        assertThat(word.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"_______" + "_" + lastWeek + ".docx\"; filename*=UTF-8''"
                           + "%E9%87%8D%E7%82%B9%E9%A1%B9%E7%9B%AE%E8%B0%83%E5%BA%A6%E8%A1%A8_" + lastWeek + ".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.getBody()))) {
            assertThat(document.getParagraphs().get(0).getText()).startsWith("重点项目调度表（");
        }

        ResponseEntity<byte[]> excel = get("manager", "/api/reports/dispatch?week=" + lastWeek + "&format=XLSX",
                                           byte[].class, "en-GB,en;q=0.8");
        assertThat(excel.getHeaders().getContentType()).hasToString(XLSX);
        assertThat(excel.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename*=UTF-8''Key-projects-dispatch_" + lastWeek + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.getBody()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Dispatch");
        }
    }

    @Test
    void theCircularAsWordInEnglish() throws Exception {
        ResponseEntity<byte[]> word = get("manager", "/api/reports/circular?month=" + lastMonth
                                                     + "&format=docx&lang=en", byte[].class);
        assertThat(word.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(word.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename*=UTF-8''Investment-promotion-circular_" + lastMonth + ".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.getBody()))) {
            assertThat(document.getParagraphs().get(0).getText()).startsWith("Investment Promotion Circular (");
        }
    }

    @Test
    void badParametersAreProblemsNamingEachField() throws Exception {
        assertThat(fields("/api/reports/dispatch?week=2026-49&format=pdf&lang=fr"))
                .containsExactlyInAnyOrder("week", "format", "lang");
        assertThat(fields("/api/reports/dispatch")).containsExactly("week");
        assertThat(fields("/api/reports/circular?month=2026-13")).containsExactly("month");
        assertThat(fields("/api/reports/dispatch?week=" + IsoWeek.of(today.plusDays(7)))).containsExactly("week");
        assertThat(get("manager", "/api/reports/dispatch?week=" + IsoWeek.of(today), String.class).getStatusCode())
                .as("this week so far").isEqualTo(HttpStatus.OK);
        assertThat(fields("/api/reports/circular?month=" + YearMonth.from(today).plusMonths(1)))
                .containsExactly("month");
        assertThat(fields("/api/reports/issued/report:dispatch:2026-W01?format=odt")).containsExactly("format");
    }

    @Test
    void ambassadorsAndAdministratorsReadNoReport() {
        for (String caller : List.of("ambassador", "admin")) {
            for (String path : List.of("/api/reports/dispatch?week=" + lastWeek, "/api/reports/circular?month="
                                                                                  + lastMonth,
                                       "/api/reports/issued")) {
                ResponseEntity<String> refused = get(caller, path, String.class);
                assertThat(refused.getStatusCode()).as(caller + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
            }
        }
    }

    @Test
    void aLeaderGetsTheRowsOfTheirOwnKeyProjects() throws Exception {
        JsonNode rows = json.readTree(get("leader", "/api/reports/dispatch?week=" + lastWeek, String.class)
                                              .getBody()).get("rows");
        rows.forEach(row -> assertThat(row.get("leader").asText()).isEqualTo("leader"));
        JsonNode whole = json.readTree(get("manager", "/api/reports/dispatch?week=" + lastWeek, String.class)
                                               .getBody()).get("rows");
        assertThat(whole.size()).isGreaterThanOrEqualTo(rows.size());
    }

    @Test
    void managersIssueAReportOnceAndEveryReaderDownloadsIt() throws Exception {
        String body = "{\"kind\":\"CIRCULAR\",\"period\":\"" + lastMonth + "\"}";
        ResponseEntity<String> first = http.withBasicAuth("manager", "demo").postForEntity("/api/reports/issued",
                                                                                           json(body), String.class);
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
        String reportId = json.readTree(first.getBody()).get("id").asText();
        assertThat(reportId).isEqualTo("report:circular:" + lastMonth);
        assertThat(http.withBasicAuth("manager", "demo").postForEntity("/api/reports/issued", json(body),
                                                                      String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(http.withBasicAuth("staff", "demo").postForEntity("/api/reports/issued", json(body),
                                                                    String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> running = http.withBasicAuth("manager", "demo").postForEntity(
                "/api/reports/issued", json("{\"kind\":\"CIRCULAR\",\"period\":\"" + YearMonth.from(today) + "\"}"),
                String.class);
        assertThat(running.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode list = json.readTree(get("leader", "/api/reports/issued?kind=CIRCULAR", String.class).getBody());
        assertThat(list.get("rows").findValuesAsText("reportId")).contains(reportId);
        assertThat(list.get("rows").get(0).get("madeBy").asText()).isNotBlank();
        ResponseEntity<String> issued = get("staff", "/api/reports/issued/" + reportId, String.class);
        assertThat(json.readTree(issued.getBody()).get("circular").get("month").asText()).isEqualTo(lastMonth);
        ResponseEntity<byte[]> word = get("leader", "/api/reports/issued/" + reportId + "?format=docx&lang=en",
                                          byte[].class);
        assertThat(word.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(word.getHeaders().getContentType()).hasToString(DOCX);
        assertThat(get("staff", "/api/reports/issued/report:circular:1999-01", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private List<String> fields(String path) throws Exception {
        ResponseEntity<String> refused = get("manager", path, String.class);
        assertThat(refused.getStatusCode()).as(path + " " + refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        return json.readTree(refused.getBody()).get("errors").findValuesAsText("field");
    }

    private <T> ResponseEntity<T> get(String caller, String path, Class<T> type) {
        return get(caller, path, type, null);
    }

    private <T> ResponseEntity<T> get(String caller, String path, Class<T> type, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return http.withBasicAuth(caller, "demo").exchange(path, org.springframework.http.HttpMethod.GET,
                                                           new org.springframework.http.HttpEntity<>(headers), type);
    }
}
