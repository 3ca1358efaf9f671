package org.zhaoshang.crm.building.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.zhaoshang.crm.building.api.BuildingEvent;
import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.building.state.BuildingState;
import org.zhaoshang.crm.building.state.UnitState;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building sheets through the REST API: a units sheet registers buildings and adds and lets units, a second import
 * changes what changed and duplicates nothing; the tax bureau's sheet records years and months; a dry run and a bad
 * sheet (too many rows, a bad number, an unknown zone, a missing column) change nothing; only managers import.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BuildingImportApiTest {

    private static final String UNITS_HEADER = "楼宇名称,英文名称,片区,地址,地上层数,商务面积,楼层,单元号,位置,面积,状态,租金,租户,起租日\n";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private EventStore events;
    @Autowired
    private Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aUnitsSheetRegistersBuildingsAndUnitsAndASecondImportChangesWithoutDuplicating() throws Exception {
        String tower = "导入测试金融大厦";
        String lab = "导入测试科技楼";
        String sheet = UNITS_HEADER
                       + tower + ",Import Test Finance Tower,金融城,经十路1号,20,\"3,000㎡\",5,501,1,\"1,500㎡\",空置,5.5,,\n"
                       + tower + ",,,,,,5,502,,1500m²,已租,,导入测试律师事务所,2025-03-01\n"
                       + lab + ",,SHANDA_ROAD_TECH_AXIS,,10,,3,301,,800,,,,\n";

        JsonNode dryRun = report(upload("units", true, "buildings.csv", sheet));
        assertThat(dryRun.get("applied").asBoolean()).isFalse();
        assertThat(outcomes(dryRun)).containsExactly("CREATE", "CREATE", "CREATE");
        assertThat(dryRun.get("columns").get("面积").asText()).isEqualTo("UNIT_AREA");
        assertThat(dryRun.get("columns").get("商务面积").asText()).isEqualTo("COMMERCIAL_AREA");
        assertThat(eventsOf(tower) + eventsOf(lab)).isZero();

        JsonNode applied = report(upload("units", false, "buildings.csv", sheet));
        assertThat(applied.get("applied").asBoolean()).isTrue();
        assertThat(outcomes(applied)).containsExactly("CREATE", "CREATE", "CREATE");
        BuildingState towerNow = state(tower);
        assertThat(towerNow.profile().zone()).isEqualTo(TargetZone.FINANCIAL_CITY_CLUSTER);
        assertThat(towerNow.profile().nameEn()).isEqualTo("Import Test Finance Tower");
        assertThat(towerNow.profile().commercialAreaM2()).isEqualByComparingTo("3000");
        assertThat(towerNow.profile().floorsAbove()).isEqualTo(20);
        assertThat(towerNow.units()).hasSize(2);
        UnitState let = unit(towerNow, "502");
        assertThat(let.layout().position()).as("the next free place").isEqualTo(2);
        assertThat(let.status()).isEqualTo(UnitStatus.LET);
        assertThat(let.tenant().companyName()).isEqualTo("导入测试律师事务所");
        assertThat(let.tenant().ours()).isFalse();
        assertThat(let.letFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(unit(towerNow, "501").layout().askingRentYuanPerM2Day()).isEqualByComparingTo("5.5");
        BuildingState labNow = state(lab);
        assertThat(labNow.profile().zone()).isEqualTo(TargetZone.SHANDA_ROAD_TECH_AXIS);
        assertThat(labNow.profile().commercialAreaM2()).as("its units' area").isEqualByComparingTo("800");
        assertThat(labNow.profile().floorsAbove()).isEqualTo(10);

        String changed = UNITS_HEADER
                         + tower + ",Import Test Finance Tower,金融城,经十路1号,20,3000,5,501,1,1600,空置,5.5,,\n"
                         + tower + ",,,,,,5,502,,1500,已租,,导入测试律师事务所,2025-03-01\n"
                         + tower + ",,,,,,6,601,,900,,,,\n";
        long towerEvents = eventsOf(tower);
        JsonNode again = report(upload("units", false, "buildings-2.csv", changed));
        assertThat(outcomes(again)).containsExactly("CHANGE", "UNCHANGED", "CREATE");
        BuildingState towerAfter = state(tower);
        assertThat(towerAfter.units()).hasSize(3);
        assertThat(unit(towerAfter, "501").layout().areaM2()).isEqualByComparingTo("1600");
        assertThat(eventsOf(tower)).isEqualTo(towerEvents + 2);

        long afterSecond = eventsOf(tower);
        assertThat(outcomes(report(upload("units", false, "buildings-2.csv", changed))))
                .containsOnly("UNCHANGED");
        assertThat(eventsOf(tower)).isEqualTo(afterSecond);
    }

    @Test
    void theTaxSheetRecordsYearsAndMonthsAndTheSameFiguresAgainChangeNothing() throws Exception {
        String building = "导入测试税收大厦";
        report(upload("units", false, "units.csv", UNITS_HEADER + building + ",,明府城,,8,,2,201,,500,,,,\n"));
        int year = BureauTime.today(clock).getYear();
        String tax = "Building,Year,Month,Tax\n"
                     + building + "," + (year - 1) + ",,1.2亿\n"
                     + building + "," + (year - 1) + "年,3月,\"3,000万元\"\n"
                     + building + "," + year + ",1,850\n";

        JsonNode recorded = report(upload("tax", false, "tax.csv", tax));
        assertThat(recorded.get("columns").get("Tax").asText()).isEqualTo("TAX");
        assertThat(outcomes(recorded)).containsExactly("CREATE", "CREATE", "CREATE");
        BuildingState state = state(building);
        assertThat(state.tax(year - 1).orElseThrow().enteredYearWan()).isEqualByComparingTo("12000");
        assertThat(state.tax(year - 1).orElseThrow().months().get(3)).isEqualByComparingTo("3000");
        assertThat(state.tax(year).orElseThrow().months().get(1)).isEqualByComparingTo("850");

        long before = eventsOf(building);
        JsonNode again = report(upload("tax", false, "tax.csv", tax.replace("1.2亿", "1.3亿")));
        assertThat(outcomes(again)).containsExactly("CHANGE", "UNCHANGED", "UNCHANGED");
        assertThat(state(building).tax(year - 1).orElseThrow().enteredYearWan()).isEqualByComparingTo("13000");
        assertThat(eventsOf(building)).isEqualTo(before + 1);

        JsonNode unknown = report(upload("tax", false, "tax.csv", tax.replace("1.3亿", "1.4亿")
                                                               + "导入测试无此大厦," + year + ",1,100\n"));
        assertThat(unknown.get("applied").asBoolean()).isFalse();
        assertThat(outcomes(unknown)).containsExactly("CHANGE", "UNCHANGED", "UNCHANGED", "ERROR");
        assertThat(messages(unknown, 5)).containsExactly("Building: unknown-building");
        assertThat(eventsOf(building)).as("a sheet with a refused row changes nothing").isEqualTo(before + 1);
    }

    @Test
    void badSheetsAreRefusedWithTheirReasonsAndChangeNothing() throws Exception {
        String good = "导入测试完好大厦";
        String badNumber = UNITS_HEADER + good + ",,金融城,,10,,3,301,,600,,,,\n"
                           + good + ",,,,,,3,302,,大约六百,,,,\n";
        JsonNode number = report(upload("units", false, "bad-number.csv", badNumber));
        assertThat(number.get("applied").asBoolean()).isFalse();
        assertThat(outcomes(number)).containsExactly("CREATE", "ERROR");
        assertThat(messages(number, 3)).containsExactly("面积: number");
        assertThat(eventsOf(good)).isZero();

        String zone = UNITS_HEADER + good + ",,火星,,10,,3,301,,600,,,,\n";
        JsonNode unknownZone = report(upload("units", false, "bad-zone.csv", zone));
        assertThat(outcomes(unknownZone)).containsExactly("ERROR");
        assertThat(messages(unknownZone, 2)).containsExactly("片区: unknown");
        assertThat(unknownZone.get("rowReports").get(0).get("messages").get(0).get("message").asText())
                .contains("火星", "金融城");
        assertThat(eventsOf(good)).isZero();

        ResponseEntity<String> missing = upload("units", false, "no-area.csv",
                                                "楼宇名称,片区,楼层,单元号\n" + good + ",金融城,3,301\n");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode missingProblem = json.readTree(missing.getBody());
        assertThat(missingProblem.toString()).contains("missing-column", "面积");
        assertThat(eventsOf(good)).isZero();

        StringBuilder tooMany = new StringBuilder(UNITS_HEADER);
        for (int row = 0; row <= 50_000; row++) {
            tooMany.append(good).append(",,金融城,,10,,3,").append(row).append(",,600,,,,\n");
        }
        ResponseEntity<String> tooLong = upload("units", false, "too-many.csv", tooMany.toString());
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody()).contains("too-many-rows");
        assertThat(eventsOf(good)).isZero();

        ResponseEntity<String> noSheet = upload("offices", false, "units.csv", UNITS_HEADER);
        assertThat(noSheet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noSheet.getBody()).contains("\"field\":\"sheet\"", "\"rule\":\"unknown\"");
    }

    @Test
    void onlyManagersImportBuildings() {
        String sheet = UNITS_HEADER + "导入测试禁入大厦,,金融城,,10,,3,301,,600,,,,\n";
        for (String user : List.of("staff", "leader", "ambassador", "admin")) {
            assertThat(upload(user, "units", true, "units.csv", sheet).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(eventsOf("导入测试禁入大厦")).isZero();
    }

    private ResponseEntity<String> upload(String sheet, boolean dryRun, String fileName, String content) {
        return upload("manager", sheet, dryRun, fileName, content);
    }

    private ResponseEntity<String> upload(String user, String sheet, boolean dryRun, String fileName,
                                          String content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity(
                "/api/imports/buildings?sheet=" + sheet + "&dryRun=" + dryRun, new HttpEntity<>(body, headers),
                String.class);
    }

    private JsonNode report(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> outcomes(JsonNode report) {
        List<String> outcomes = new ArrayList<>();
        report.get("rowReports").forEach(row -> outcomes.add(row.get("outcome").asText()));
        return outcomes;
    }

    /** A row's errors as "column: rule". */
    private static List<String> messages(JsonNode report, int sheetRow) {
        List<String> messages = new ArrayList<>();
        report.get("rowReports").forEach(row -> {
            if (row.get("row").asInt() == sheetRow) {
                row.get("messages").forEach(message -> messages.add(message.get("column").asText() + ": "
                                                                    + message.get("rule").asText()));
            }
        });
        return messages;
    }

    /** The building an import registered under this name, as its events leave it. */
    private BuildingState state(String nameZh) {
        BuildingState state = new BuildingState();
        events.readEvents(KnownBuildings.importedId(nameZh)).asStream().map(DomainEventMessage::getPayload)
              .map(BuildingEvent.class::cast).forEach(state::apply);
        assertThat(state.registered()).as(nameZh + " is registered").isTrue();
        return state;
    }

    private long eventsOf(String nameZh) {
        return database.getCollection(MongoEventStorageEngine.EVENTS)
                       .countDocuments(new Document(Map.of("aggregateId", KnownBuildings.importedId(nameZh))));
    }

    private static UnitState unit(BuildingState building, String number) {
        return building.units().stream().filter(unit -> unit.layout().number().equals(number)).findFirst()
                       .orElseThrow();
    }
}
