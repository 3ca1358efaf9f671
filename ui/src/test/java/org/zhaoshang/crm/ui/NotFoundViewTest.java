package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.ui.LeadView;
import org.zhaoshang.crm.lead.ui.LeadsView;
import org.zhaoshang.crm.shared.api.Actor;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotFoundViewTest extends KaribuSpringTest {

    @Autowired
    private CommandGateway commands;

    private String page() {
        NotFoundView view = _get(NotFoundView.class);
        assertThat(view.getParent()).as("inside the main layout").get().isInstanceOf(MainLayout.class);
        return view.getElement().getTextRecursively() + " | " + waysBack();
    }

    private static List<String> waysBack() {
        return _find(Anchor.class, spec -> spec.withClasses("way-back")).stream().map(Anchor::getHref).toList();
    }

    @Test
    void anUnknownLeadIsNotFoundInsideTheLayoutInTheUsersLanguageWithAWayBackToTheLeads() {
        signIn("staff");
        open(LeadsView.class, Locale.SIMPLIFIED_CHINESE);

        UI.getCurrent().navigate(LeadView.class, new RouteParameters("leadId", "no-such-lead"));

        assertThat(_get(H2.class, spec -> spec.withText("找不到此线索")).isVisible()).isTrue();
        assertThat(page()).contains("leads").doesNotContain("Could not navigate");
        assertThat(waysBack()).containsExactly("leads", "");
    }

    @Test
    void anAmbassadorSeesALeadTheyMayNotSeeExactlyAsAnUnknownOne() {
        String someoneElses = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                someoneElses, Company.named("Hidden Capital", "隐藏资本"), SourceMarket.LONDON, null, null, null))
                                                  .andMetaData(Map.of(Actor.META_DATA_KEY, "staff")));
        signIn("ambassador");
        open(LeadsView.class, Locale.ENGLISH);

        UI.getCurrent().navigate(LeadView.class, new RouteParameters("leadId", someoneElses));
        String hidden = page().replace(someoneElses, "ID");
        String title = UI.getCurrent().getInternals().getTitle();
        UI.getCurrent().navigate(LeadView.class, new RouteParameters("leadId", UUID.randomUUID().toString()));
        String unknown = page().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID");

        assertThat(hidden).isEqualTo(unknown).contains("Lead not found").doesNotContain("Hidden");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(title);
    }

    @Test
    void anUnknownAddressIsNotFoundInsideTheLayoutWithAWayHome() {
        signIn("manager");
        open(org.zhaoshang.crm.conversion.ui.DashboardView.class, Locale.ENGLISH);

        UI ui = UI.getCurrent();
        // as a typed address arrives: on the server's router (UI.navigate hands an unknown path to the client's)
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PAGE_LOAD);

        assertThat(_get(H2.class, spec -> spec.withText("Page not found")).isVisible()).isTrue();
        assertThat(page()).doesNotContain("Couldn't find route");
        assertThat(waysBack()).containsExactly("");
    }
}
