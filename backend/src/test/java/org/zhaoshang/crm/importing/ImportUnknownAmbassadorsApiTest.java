package org.zhaoshang.crm.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ambassadors a sheet names who are not registered are listed once in the report, with the rows naming each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportUnknownAmbassadorsApiTest {

    @Autowired
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

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
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "ambassadors.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = http.withBasicAuth("staff", "demo").postForEntity(
                "/api/imports?apply=false", new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
