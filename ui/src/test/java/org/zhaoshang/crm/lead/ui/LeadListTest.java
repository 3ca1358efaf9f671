package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.export.ExportFormat;
import org.zhaoshang.crm.lead.export.LeadExport;
import org.zhaoshang.crm.lead.web.LeadExportController;
import org.zhaoshang.crm.lead.web.LeadFilterParameters;
import org.springframework.mock.web.MockHttpServletResponse;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The list's filters travel in the address, and what it shows exports to CSV and Excel. */
class LeadListTest extends KaribuSpringTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private org.zhaoshang.crm.security.api.PeopleDirectory people;
    @Autowired
    private org.zhaoshang.crm.shared.api.AmbassadorDirectory ambassadors;
    @Autowired
    private LeadExportController exportApi;

    @Test
    void aLinkWithFiltersOpensTheSameListAndChangedFiltersGoIntoTheAddress() {
        signIn("staff");
        open(LeadsView.class, Locale.ENGLISH);
        UI.getCurrent().navigate("leads", QueryParameters.full(Map.of(
                "q", new String[]{"capital"}, "market", new String[]{"LONDON,NOPE"}, "stage", new String[]{"INTENT"},
                "sort", new String[]{"plannedInvestment,desc"})));
        LeadsView view = _get(LeadsView.class);

        assertThat(view.search.getValue()).isEqualTo("capital");
        assertThat(view.markets.getValue()).containsExactly(SourceMarket.LONDON);
        assertThat(view.stages.getValue()).containsExactly(Stage.INTENT);

        _setValue(view.statuses, Set.of(LeadStatus.OPEN));

        List<String> addresses = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                                   .map(invocation -> invocation.getInvocation().getParameters().toString())
                                   .filter(parameters -> parameters.contains("leads?")).toList();
        assertThat(addresses).last().asString()
                             .contains("leads?market=LONDON&q=capital&stage=INTENT"
                                       + "&sort=plannedInvestment%2Cdesc&status=OPEN");
    }

    @Test
    void theShownLeadsExportToCsvWithABomAndToExcel() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new CreateLeadCommand(UUID.randomUUID().toString(),
                                                   Company.named("Export Bank " + tag, "出口银行" + tag),
                                                   SourceMarket.HONG_KONG, null, null, null));
        signIn("manager");
        open(LeadsView.class, Locale.SIMPLIFIED_CHINESE);
        LeadListState state = new LeadListState(tag, Set.of(), Set.of(), Set.of(), null, null, LeadSort.COMPANY,
                                                false);
        LeadExport export = new LeadExport(queries, key -> _get(LeadsView.class).getTranslation(key), people,
                                           ambassadors);
        LeadFilter filter = state.filter();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            export.write(filter, LeadSort.COMPANY, false, ExportFormat.CSV, csv);
            byte[] bytes = csv.toByteArray();
            assertThat(List.of(bytes[0], bytes[1], bytes[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).contains("公司名称（中文）").contains("出口银行" + tag).contains("香港");
        });
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.write(filter, LeadSort.COMPANY, false, ExportFormat.XLSX, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("公司名称（中文）");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Export Bank " + tag);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
        assertThat(_get(LeadsView.class).exports.isVisible()).isTrue();
    }

    @Test
    void theApiExportsWhatTheViewExports() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new CreateLeadCommand(UUID.randomUUID().toString(),
                                                   Company.named("=HYPERLINK(\"http://evil.example\") " + tag, null),
                                                   SourceMarket.LONDON, null, null, null));
        signIn("manager");
        open(LeadsView.class, Locale.ENGLISH);
        UI.getCurrent().navigate("leads", QueryParameters.full(Map.of("q", new String[]{tag},
                                                                      "sort", new String[]{"company,asc"})));
        LeadsView view = _get(LeadsView.class);
        LeadExport viewExport = new LeadExport(queries, key -> view.getTranslation(Locale.ENGLISH, key), people,
                                                ambassadors);

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ByteArrayOutputStream shown = new ByteArrayOutputStream();
            LeadListState state = LeadListState.of(UI.getCurrent().getInternals().getActiveViewLocation()
                                                     .getQueryParameters());
            viewExport.write(state.filter(), state.sort(), state.descending(), ExportFormat.CSV, shown);
            MockHttpServletResponse api = new MockHttpServletResponse();
            exportApi.export(new LeadFilterParameters(null, null, null, null, null, null, null, null, null, null,
                                                      null, null, null, tag, null),
                             "csv", "company,asc", "en-GB,en;q=0.8", api);

            assertThat(api.getContentAsByteArray()).isEqualTo(shown.toByteArray());
            assertThat(api.getContentAsString(StandardCharsets.UTF_8))
                    .contains("Company name (English)").contains("'=HYPERLINK");
        });
    }

    @Test
    void onlyManagersSeeTheExport() {
        signIn("staff");
        assertThat(open(LeadsView.class, Locale.ENGLISH).exports.isVisible()).isFalse();
    }
}
