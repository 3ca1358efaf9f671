package org.zhaoshang.crm.admin.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.notification.outbox.Deliveries;
import org.zhaoshang.crm.notification.ui.DeliveryFailuresPanel;
import org.zhaoshang.crm.notification.ui.MailSetting;
import org.zhaoshang.crm.notification.ui.NotificationSettingsDialog;
import org.zhaoshang.crm.notification.ui.WebhooksPanel;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.users.UserAdministration;

import java.time.Clock;

/**
 * For administrators: users and their roles, the reference lists, the read models with a rebuild and its progress, and
 * the responsible departments and the rules of the key projects' lights, the group robots and the failed deliveries.
 */
@Route("admin")
@Menu(title = "nav.admin", order = 8)
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    final UsersPanel users;
    final ProjectionsPanel projections;
    final ReferenceListsPanel referenceLists = new ReferenceListsPanel();
    final DepartmentsPanel departments;
    final LightRulesPanel lightRules;
    final WebhooksPanel robots;
    final DeliveryFailuresPanel failures;
    final TabSheet tabs = new TabSheet();

    public AdminView(UserAdministration administration, CurrentCaller current, CommandGateway commands,
                     QueryGateway queries, PeopleDirectory directory, MailSetting mail, Deliveries deliveries,
                     Clock clock) {
        users = new UsersPanel(administration, current.caller(), queries, account -> new NotificationSettingsDialog(
                account.username(), account.displayName(), account.roles(), mail.configured(), queries, commands)
                .open());
        projections = new ProjectionsPanel(commands, queries);
        tabs.add(getTranslation("admin.tab.users"), users);
        tabs.add(getTranslation("admin.tab.reference"), referenceLists);
        tabs.add(getTranslation("admin.tab.projections"), projections);
        departments = new DepartmentsPanel(commands, queries);
        tabs.add(getTranslation("admin.tab.departments"), departments);
        lightRules = new LightRulesPanel(commands, queries, directory);
        tabs.add(getTranslation("admin.tab.lightRules"), lightRules);
        robots = new WebhooksPanel(commands, queries);
        tabs.add(getTranslation("admin.tab.robots"), robots);
        failures = new DeliveryFailuresPanel(deliveries, queries, directory, clock);
        tabs.add(getTranslation("admin.tab.failures"), failures);
        tabs.setSizeFull();
        setSizeFull();
        add(new H2(getTranslation("admin.title")), tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · " + getTranslation("app.title");
    }
}
