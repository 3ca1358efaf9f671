package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.admin.ui.AdminView;
import org.zhaoshang.crm.ambassador.ui.AmbassadorsView;
import org.zhaoshang.crm.conversion.ui.ConversionView;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.ui.LeadView;
import org.zhaoshang.crm.lead.ui.LeadsView;
import org.zhaoshang.crm.shared.api.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Every grid says in words that it is empty, rather than showing a blank box. */
class EmptyStatesTest extends KaribuSpringTest {

    @Autowired
    private CommandGateway commands;

    private static List<String> emptyTexts(Component view) {
        return _find(view, Grid.class).stream().map(Grid::getEmptyStateText).toList();
    }

    @Test
    void aNewLeadsContactsActivitiesAndFollowUpsSayTheyAreEmpty() {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                leadId, Company.named("Empty Panels " + leadId.substring(0, 6), null), SourceMarket.JAPAN, null, null,
                null)).andMetaData(Map.of(Actor.META_DATA_KEY, "staff")));
        signIn("staff");
        open(LeadsView.class, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(LeadView.class, new RouteParameters("leadId", leadId));

        LeadView view = _get(LeadView.class);
        TabSheet tabs = _get(view, TabSheet.class);
        List<String> texts = new ArrayList<>();
        for (int tab = 0; tab < 6; tab++) {
            tabs.setSelectedIndex(tab); // a tab's content is attached once it is shown
            texts.addAll(emptyTexts(view));
        }
        assertThat(texts)
                .contains("还没有联系人", "还没有活动记录", "没有跟进事项").doesNotContainNull();
    }

    @Test
    void everyListAndReportSaysWhenItIsEmpty() {
        signIn("staff");
        assertThat(emptyTexts(open(LeadsView.class, Locale.ENGLISH))).contains("No leads match").doesNotContainNull();
        assertThat(emptyTexts(open(AmbassadorsView.class, Locale.ENGLISH))).isNotEmpty().doesNotContainNull();
        signIn("manager");
        assertThat(emptyTexts(open(ConversionView.class, Locale.ENGLISH))).isNotEmpty().doesNotContainNull();
        signIn("admin");
        assertThat(emptyTexts(open(AdminView.class, Locale.ENGLISH))).isNotEmpty().doesNotContainNull();
    }
}
