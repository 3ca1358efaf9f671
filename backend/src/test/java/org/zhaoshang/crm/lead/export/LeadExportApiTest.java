package org.zhaoshang.crm.lead.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/** GET /api/leads/export: the list's filters, formulas neutralised in CSV and Excel alike. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadExportApiTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"Open\") ",
                                                         "+SUM(1,2) ", "@SUM(1,2) ", "-2+3+cmd|' /C calc'!A0 ");

    @Autowired
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void companiesNamedLikeFormulasAreExportedAsTextInCsvAndExcel() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String formula : FORMULAS) {
            ResponseEntity<String> created = http.withBasicAuth("manager", "demo").postForEntity(
                    "/api/leads", json(json.writeValueAsString(java.util.Map.of(
                            "companyNameEn", formula + tag, "market", "LONDON"))), String.class);
            assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        }

        List<CSVRecord> rows = await().atMost(Duration.ofSeconds(10)).until(() -> csv(tag), found -> found.size() == 5);

        assertThat(rows.subList(1, 5)).extracting(row -> row.get(1))
                                      .containsExactlyInAnyOrderElementsOf(FORMULAS.stream()
                                              .map(formula -> "'" + formula + tag).toList());
        ResponseEntity<byte[]> xlsx = http.withBasicAuth("manager", "demo").getForEntity(
                "/api/leads/export?format=xlsx&q=" + tag, byte[].class);
        assertThat(xlsx.getHeaders().getContentType()).hasToString(ExportFormat.XLSX.contentType());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            List<String> names = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
                }
                names.add(row.getCell(1).getStringCellValue());
            }
            assertThat(names.subList(1, names.size())).containsExactlyInAnyOrderElementsOf(
                    FORMULAS.stream().map(formula -> "'" + formula + tag).toList());
        }
    }

    @Test
    void ownersAndAmbassadorsAreNamedDaysAreDateCellsAndAmountsNumbers() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> created = http.withBasicAuth("staff", "demo").postForEntity(
                "/api/leads", json("{\"companyNameEn\":\"Named " + tag + "\",\"market\":\"LONDON\","
                                   + "\"channel\":\"INTERNATIONAL_PARTNER\",\"introducedBy\":\"demo-amb-london\","
                                   + "\"identifiedOn\":\"2026-03-04\"}"), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);

        List<CSVRecord> rows = await().atMost(Duration.ofSeconds(10)).until(() -> csv(tag), found -> found.size() == 2);

        assertThat(rows.get(1).get(5)).isEqualTo("张伟");
        assertThat(rows.get(1).get(6)).isEqualTo("Fleet Street Advisory LLP");
        assertThat(rows.get(1).get(9)).isEqualTo("2026-03-04");
        ResponseEntity<byte[]> xlsx = http.withBasicAuth("manager", "demo").getForEntity(
                "/api/leads/export?format=xlsx&q=" + tag, byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Row lead = workbook.getSheetAt(0).getRow(1);
            assertThat(lead.getCell(5).getStringCellValue()).isEqualTo("张伟");
            assertThat(lead.getCell(6).getStringCellValue()).isEqualTo("Fleet Street Advisory LLP");
            Cell identified = lead.getCell(9);
            assertThat(identified.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(identified)).isTrue();
            assertThat(identified.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 4));
        }
    }

    @Test
    void anUnknownFormatOrABadFilterIsAProblem() {
        ResponseEntity<String> pdf = http.withBasicAuth("manager", "demo").getForEntity(
                "/api/leads/export?format=pdf", String.class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(pdf.getBody()).contains("\"field\":\"format\"");
        ResponseEntity<String> dates = http.withBasicAuth("manager", "demo").getForEntity(
                "/api/leads/export?identifiedFrom=2026-02-01&identifiedTo=2026-01-01", String.class);
        assertThat(dates.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(dates.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    private List<CSVRecord> csv(String tag) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("manager", "demo").getForEntity(
                "/api/leads/export?format=csv&sort=company&q=" + tag, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).startsWith("leads-").endsWith(".csv");
        String body = new String(response.getBody().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(body.substring(1)), CSVFormat.EXCEL)) {
            return parser.getRecords();
        }
    }
}
