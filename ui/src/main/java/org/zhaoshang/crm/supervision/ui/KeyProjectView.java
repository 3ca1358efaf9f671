package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.lead.ui.LeadRows;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.CommandSender;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One key project in full at {@code /key-projects/<year>/<lead>}: where the cockpit and the list lead, and the only
 * page of a project a leader opens (a leader never opens the lead itself). Staff and managers find a way to the lead.
 */
@Route("key-projects/:year/:leadId")
@RolesAllowed({"STAFF", "MANAGER", "LEADER"})
public class KeyProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final SupervisionPanel panel;
    private final H2 title = new H2();
    private final Div missing = new Div();
    private final Caller caller;
    final Anchor toLead = new Anchor();

    public KeyProjectView(CommandGateway commands, QueryGateway queries, CurrentCaller current,
                          PeopleDirectory directory) {
        caller = current.caller();
        SupervisionWords words = new SupervisionWords(this, directory, queries);
        panel = new SupervisionPanel(queries, new CommandSender(commands, this, this::reload), directory, caller,
                                     words, () -> { });
        addClassName("key-project-view");
        missing.setText(getTranslation("supervision.notFound"));
        missing.setVisible(false);
        toLead.setText(getTranslation("supervision.openLead"));
        toLead.setVisible(false);
        add(title, toLead, missing, panel);
    }

    /** The address of a key project's page, relative to the app's root. */
    static String href(int year, String leadId) {
        return "key-projects/" + year + "/" + URLEncoder.encode(leadId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private int year;
    private String leadId;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        leadId = event.getRouteParameters().get("leadId").orElse("");
        try {
            year = Integer.parseInt(event.getRouteParameters().get("year").orElse(""));
        } catch (NumberFormatException notAYear) {
            year = 0;
        }
        reload();
    }

    private void reload() {
        boolean found = year >= 2000 && year <= 2100 && panel.show(year, leadId, "", false, false)
                        && panel.dossier != null;
        missing.setVisible(!found);
        panel.setVisible(found);
        title.setText(found ? panel.dossier.row().company() : getTranslation("supervision.title.project"));
        toLead.setVisible(found && caller.seesAllLeads());
        toLead.setHref(LeadRows.href(leadId) + "?tab=" + SupervisionPanel.KEY);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("app.title");
    }
}
