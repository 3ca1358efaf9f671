package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.Caller;

/** The signed-in user's own notification settings: what to be told, and in the app, by e-mail or in a daily digest. */
@Route("settings/notifications")
@Menu(title = "nav.notificationSettings", order = 9.1)
@PermitAll
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    final NotificationSettingsForm form;

    public NotificationSettingsView(QueryGateway queries, CommandGateway commands, CurrentCaller current,
                                    MailSetting mail) {
        Caller caller = current.caller();
        addClassName("notification-settings-view");
        form = new NotificationSettingsForm(caller.id(), KindsFor.user(caller), mail.configured(), queries, commands,
                                            () -> { });
        add(new H2(getTranslation("notify.settings.title")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.settings.title") + " · " + getTranslation("app.title");
    }
}
