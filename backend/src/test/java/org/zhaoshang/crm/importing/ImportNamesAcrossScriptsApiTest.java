package org.zhaoshang.crm.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.CompanyNames;
import org.zhaoshang.crm.lead.api.value.SourceMarket;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.importing.ImportReports.outcomes;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * A company's name in traditional or simplified characters, full- or half-width, is one company for the import's
 * duplicate check, and a lead imported before the two scripts met is still found by its sheet's row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportNamesAcrossScriptsApiTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private CommandGateway commands;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCompanyInTheOtherScriptIsADuplicateOfTheLeadThereAndOfAnEarlierRow() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        ResponseEntity<String> created = staff().postForEntity("/api/leads", json(
                "{\"companyNameZh\":\"巴克萊銀行" + unique + "\",\"market\":\"HONG_KONG\"}"), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String existing = json.readTree(created.getBody()).get("leadId").asText();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                staff().getForEntity("/api/leads/name-matches?companyNameZh={name}", String.class,
                                     "巴克萊銀行" + unique).getBody()).contains(existing));

        JsonNode report = upload("公司名称,市场,招商大使\n"
                                 + "巴克莱银行" + unique + "有限公司,香港,\n"
                                 + "滙豐控股" + unique + ",香港,梁家豪（香港山東商會）\n"
                                 + " 汇丰控股 " + unique.toUpperCase().replace('A', 'Ａ') + " ,香港,\n", false);

        assertThat(outcomes(report)).containsExactly("DUPLICATE", "CREATE", "DUPLICATE");
        assertThat(report.get("rowReports").get(0).get("leadId").asText()).isEqualTo(existing);
        assertThat(report.get("rowReports").get(0).get("messages").get(0).get("rule").asText()).isEqualTo("duplicate");
        assertThat(report.get("rowReports").get(2).get("messages").get(0).get("rule").asText())
                .isEqualTo("duplicate-row");
        assertThat(report.get("rowReports").get(1).get("messages")).as("the ambassador 梁家豪 (香港山东商会) is known")
                                                                     .isEmpty();
    }

    @Test
    void aRowImportedBeforeTheScriptsMetIsStillItsLeadAgain() throws Exception {
        String name = "巴克莱銀行" + UUID.randomUUID().toString().substring(0, 6);
        // the id the import gave it then, from the name's key as it was (traditional characters kept)
        String importedThen = UUID.nameUUIDFromBytes(("import:" + CompanyNames.keyKeepingScript(name) + ":"
                                                      + SourceMarket.HONG_KONG).getBytes(StandardCharsets.UTF_8))
                                  .toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                importedThen, Company.named(null, name), SourceMarket.HONG_KONG, null, null, null))
                                                   .andMetaData(Map.of(Actor.META_DATA_KEY, "staff")));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                staff().getForEntity("/api/leads/" + importedThen, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK));

        JsonNode again = upload("公司名称,市场\n" + name + ",香港\n", true);
        JsonNode later = upload("公司名称,市场,阶段\n" + name + ",香港,初步接洽\n", false);

        assertThat(outcomes(again)).containsExactly("UNCHANGED");
        assertThat(again.get("rowReports").get(0).get("leadId").asText()).isEqualTo(importedThen);
        assertThat(outcomes(later)).containsExactly("UPDATE");
        assertThat(later.get("rowReports").get(0).get("leadId").asText()).isEqualTo(importedThen);
    }

    private TestRestTemplate staff() {
        return http.withBasicAuth("staff", "demo");
    }

    private JsonNode upload(String csv, boolean apply) throws Exception {
        return ImportReports.report(staff(), "/api/imports?apply=" + apply, "scripts.csv",
                                    csv.getBytes(StandardCharsets.UTF_8));
    }

}
