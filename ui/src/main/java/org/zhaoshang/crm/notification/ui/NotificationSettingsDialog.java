package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.security.api.Role;

import java.util.Set;

/** For administrators: another user's notification settings (their e-mail address above all), never their inbox. */
public final class NotificationSettingsDialog extends Dialog {

    final NotificationSettingsForm form;

    public NotificationSettingsDialog(String username, String displayName, Set<Role> roles, boolean mailConfigured,
                                      QueryGateway queries, CommandGateway commands) {
        setHeaderTitle(getTranslation("notify.settings.of", displayName));
        addClassName("notification-settings-dialog");
        form = new NotificationSettingsForm(username, KindsFor.roles(roles), mailConfigured, queries, commands,
                                            this::close);
        add(form);
        getFooter().add(new Button(getTranslation("lead.form.cancel"), click -> close()));
    }
}
