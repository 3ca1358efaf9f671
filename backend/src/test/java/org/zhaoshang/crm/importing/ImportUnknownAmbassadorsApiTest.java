package org.zhaoshang.crm.importing;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ambassadors a sheet names who are not registered are listed once in the report, with the rows naming each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportUnknownAmbassadorsApiTest {

    @Autowired
    private TestRestTemplate http;

    @Test
    void theReportListsEachUnknownAmbassadorOnceWithTheRowsNamingThem() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        JsonNode report = upload("公司名称,市场,招商大使\n"
                                 + "Alpha " + unique + ",伦敦,Scout " + unique + "\n"
                                 + "Beta " + unique + ",伦敦,Fleet Street Advisory LLP\n"
                                 + "Gamma " + unique + ",伦敦,  SCOUT " + unique + " \n"
                                 + "Delta " + unique + ",香港,陳大使" + unique + "\n"
                                 + "Epsilon " + unique + ",火星,Scout " + unique + "\n"
                                 + "Zeta " + unique + ",香港,陈大使" + unique + "\n"
                                 + "Eta " + unique + ",伦敦,\n");

        JsonNode unknown = report.get("unknownAmbassadors");
        assertThat(unknown).hasSize(2);
        assertThat(unknown.get(0).get("name").asText()).isEqualTo("Scout " + unique);
        assertThat(unknown.get(0).get("rows").toString()).isEqualTo("[2,4,6]");
        assertThat(unknown.get(1).get("name").asText()).isEqualTo("陳大使" + unique);
        assertThat(unknown.get(1).get("rows").toString()).isEqualTo("[5,7]");
    }

    private JsonNode upload(String csv) throws Exception {
        return ImportReports.report(http.withBasicAuth("staff", "demo"), "/api/imports?apply=false",
                                    "ambassadors.csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
