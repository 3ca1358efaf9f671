package org.zhaoshang.crm.admin.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.security.api.PeopleDirectory;

/**
 * The rules of escalation and of the lights for managers, who may change them as administrators may (administrators
 * keep them in the administration's tab; managers do not open the administration).
 */
@Route("lights/rules")
@Menu(title = "nav.lightRules", order = 5.95)
@RolesAllowed("MANAGER")
public class LightRulesView extends VerticalLayout implements HasDynamicTitle {

    final LightRulesPanel rules;

    public LightRulesView(CommandGateway commands, QueryGateway queries, PeopleDirectory directory) {
        rules = new LightRulesPanel(commands, queries, directory);
        setSizeFull();
        add(new H2(getTranslation("nav.lightRules")), rules);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lightRules") + " · " + getTranslation("app.title");
    }
}
