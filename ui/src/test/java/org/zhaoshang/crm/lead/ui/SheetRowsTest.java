package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.command.RecordLeadImportCommand;
import org.zhaoshang.crm.lead.api.query.LeadHistoryEntry;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SheetCell;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, nothing in the sheet is lost: the lead view shows the bureau the remarks and other columns of the sheet
 * row a lead was imported from, in a tab of their own and in the timeline; ambassadors and partners see neither.
 */
class SheetRowsTest extends KaribuSpringTest {

    @Autowired
    private CommandGateway commands;

    /** A lead of the demo ambassador's, imported from a row with two remarks and two other columns. */
    private String importedLead(boolean withRecord) {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                leadId, Company.named("Leeds Precision " + leadId.substring(0, 6), "利兹精密"), SourceMarket.LONDON,
                null, "demo-amb-london", null)).andMetaData(Map.of(Actor.META_DATA_KEY, "staff")));
        if (withRecord) {
            commands.sendAndWait(new RecordLeadImportCommand(
                    leadId, "历下区台账2020.csv", 12,
                    List.of(new SheetCell("备注", "重点项目，区领导关注"), new SheetCell("进展情况", "3月已回访")),
                    List.of(new SheetCell("序号", "11"), new SheetCell("对接领导", "张副区长"))));
        }
        return leadId;
    }

    private LeadView open(String user, String leadId, Locale locale) {
        signIn(user);
        open(LeadsView.class, locale);
        UI.getCurrent().navigate(LeadView.class, new RouteParameters("leadId", leadId));
        return _get(LeadView.class);
    }

    @Test
    void theBureauSeesTheRowsRemarksAndOtherColumnsInTheirTabAndTheTimeline() {
        LeadView view = open("staff", importedLead(true), Locale.SIMPLIFIED_CHINESE);

        assertThat(view.sheetTab.isVisible()).isTrue();
        assertThat(view.sheetTab.getElement().getTextRecursively()).isEqualTo("台账");
        String sheet = view.sheetRows.getElement().getTextRecursively();
        assertThat(sheet).contains("导入自《历下区台账2020.csv》第12行", "备注（仅局内人员可见）",
                                   "备注：重点项目，区领导关注", "进展情况：3月已回访", "台账中的其他列", "序号：11",
                                   "对接领导：张副区长");
        assertThat(timelineText(view)).contains("导入自《历下区台账2020.csv》第12行", "备注：重点项目，区领导关注",
                                                "进展情况：3月已回访", "台账中的其他列：序号、对接领导");
        assertThat(view.activities.grid.getGenericDataView().getItems().toList())
                .as("a remark is no activity").isEmpty();
    }

    @Test
    void inEnglishTheTabAndTheTimelineSayWhereTheRowCameFrom() {
        LeadView view = open("manager", importedLead(true), Locale.ENGLISH);

        assertThat(view.sheetTab.getElement().getTextRecursively()).isEqualTo("From the sheet");
        assertThat(view.sheetRows.getElement().getTextRecursively())
                .contains("Imported from 历下区台账2020.csv, row 12", "Other columns from the sheet", "序号: 11");
        assertThat(timelineText(view)).contains("Imported from 历下区台账2020.csv, row 12",
                                                "Other columns from the sheet: 序号, 对接领导");
    }

    @Test
    void aLeadNotImportedHasNoSheetTab() {
        LeadView view = open("staff", importedLead(false), Locale.SIMPLIFIED_CHINESE);

        assertThat(view.sheetTab.isVisible()).isFalse();
    }

    @Test
    void anAmbassadorSeesNeitherTheRemarksNorTheOtherColumns() {
        LeadView view = open("ambassador", importedLead(true), Locale.SIMPLIFIED_CHINESE);

        assertThat(view.sheetRows).isNull();
        assertThat(view.sheetTab).isNull();
        assertThat(view.timeline.grid.getGenericDataView().getItems())
                .isNotEmpty().noneMatch(entry -> entry.type().equals("LeadImportRecorded"));
        assertThat(view.getElement().getTextRecursively() + timelineText(view))
                .doesNotContain("重点项目", "3月已回访", "张副区长", "台账中的其他列", "导入自");
    }

    /** The timeline's entries as its last column shows them. */
    @SuppressWarnings("unchecked")
    private static String timelineText(LeadView view) {
        var columns = view.timeline.grid.getColumns();
        var renderer = (ComponentRenderer<? extends Component, LeadHistoryEntry>) columns.get(columns.size() - 1)
                                                                                        .getRenderer();
        StringBuilder text = new StringBuilder();
        view.timeline.grid.getGenericDataView().getItems()
                          .forEach(entry -> text.append(renderer.createComponent(entry).getElement()
                                                                .getTextRecursively()).append('\n'));
        return text.toString();
    }
}
