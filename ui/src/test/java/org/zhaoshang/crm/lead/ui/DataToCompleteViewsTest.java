package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.messaging.ActorMetaDataConfiguration;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A lead an import placed at SIGNED without its agreement: on the lead, in My work, in the managers' list. */
class DataToCompleteViewsTest extends KaribuSpringTest {

    private static final LocalDate SIGNED_ON = LocalDate.of(2020, 8, 30);

    @Autowired
    private CommandGateway commands;

    /** A lead of staff's imported at SIGNED with its figures and a visit but no agreement, from 台账.csv row 4. */
    private String importedWithoutAgreement(String name) {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ImportLeadCommand(
                leadId, new CreateLeadCommand(leadId, Company.named(name, null), SourceMarket.LONDON, null, null,
                                              LocalDate.of(2020, 3, 1)),
                null, List.of(), List.of(),
                new MoveLeadToStageCommand(leadId, Stage.SIGNED, SIGNED_ON, null, null, null, null, null), false,
                StagePolicy.AS_RECORDED, null)).andMetaData(Map.of(
                Actor.META_DATA_KEY, "staff", ActorMetaDataConfiguration.IMPORT_FILE_KEY, "台账.csv",
                ActorMetaDataConfiguration.IMPORT_ROW_KEY, 4)));
        return leadId;
    }

    private static List<String> companies(Grid<LeadSummary> grid) {
        return grid.getGenericDataView().getItems().map(LeadSummary::companyNameEn).toList();
    }

    @Test
    void theLeadShowsWhatItLacksAndWhereItCameFromAndTheAgreementIsRecordedThere() {
        String name = "Kowloon Imported " + UUID.randomUUID().toString().substring(0, 6);
        String leadId = importedWithoutAgreement(name);
        signIn("staff");
        open(LeadsView.class, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(LeadView.class, new RouteParameters("leadId", leadId));
        LeadView view = _get(LeadView.class);

        assertThat(view.dataToComplete.isVisible()).isTrue();
        String shown = view.dataToComplete.gates.getElement().getTextRecursively();
        assertThat(shown).contains("「正式签约」缺：签约日期、协议编号", "来自 台账.csv 第 4 行",
                                   "「实地考察」缺：考察记录", "「签订意向」缺：投资额、拟落地片区");
        assertThat(view.dataToComplete.record.isVisible()).isTrue();

        _click(view.dataToComplete.record);
        CommandDialog dialog = _get(CommandDialog.class);
        _setValue(_get(dialog, BureauDatePicker.class, spec -> spec.withLabel("协议签署日期")), SIGNED_ON);
        _setValue(_get(dialog, TextField.class), "ZS-2020-031");
        _click(_get(dialog, Button.class, spec -> spec.withText("确定")));

        assertThat(_find(CommandDialog.class)).isEmpty();
        assertThat(view.dataToComplete.gates.getElement().getTextRecursively()).doesNotContain("正式签约")
                                                                              .contains("实地考察");
        assertThat(view.detail().stage()).isEqualTo(Stage.SIGNED);
        assertThat(view.detail().agreementReference()).isEqualTo("ZS-2020-031");
    }

    @Test
    void theOwnersWorkAndTheManagersListShowTheLeadUntilItsDataIsRecorded() {
        String name = "Wan Chai Imported " + UUID.randomUUID().toString().substring(0, 6);
        importedWithoutAgreement(name);
        signIn("staff");
        MyWorkView work = await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(
                () -> open(MyWorkView.class, Locale.ENGLISH), view -> companies(view.dataToComplete).contains(name));
        assertThat(work.dataToComplete.getGenericDataView().getItems()
                                      .filter(lead -> lead.companyNameEn().equals(name)).findFirst().orElseThrow()
                                      .dataToComplete()).hasSize(3);

        signIn("manager");
        DataToCompleteView list = await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(
                () -> open(DataToCompleteView.class, Locale.ENGLISH), view -> companies(view.leads).contains(name));
        assertThat(list.perGate.getElement().getTextRecursively()).contains("Signed: ");
        assertThat(list.total.getText()).endsWith("leads with data to complete");
        int row = companies(list.leads).indexOf(name);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(list.leads, row, "owed"))
                .contains("Signed lacks: agreement day, agreement reference");
    }
}
