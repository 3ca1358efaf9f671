package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.notification.api.ChangeNotificationSettingsCommand;
import org.zhaoshang.crm.notification.api.FindNotificationSettingsQuery;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.NotificationSettings;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.ReadModelLag;
import org.zhaoshang.crm.ui.Toast;

import java.util.Set;

/**
 * A user's notification settings: the e-mail address, the language of e-mails, and per kind the ways wanted. When the
 * server sends no e-mail the form says so plainly and offers no e-mail choice. The user's own page and the
 * administrators' dialog for another user share it.
 */
final class NotificationSettingsForm extends VerticalLayout {

    final EmailField email = new EmailField();
    final Select<String> language = new Select<>();
    final Paragraph mailOff = new Paragraph();
    final Button save = new Button();
    final KindChoices kinds;
    private final String username;
    private final QueryGateway queries;
    private final CommandSender sender;
    private final FieldErrors errors = new FieldErrors();
    private NotificationSettings settings;

    NotificationSettingsForm(String username, Set<NotificationKind> offered, boolean mailConfigured,
                             QueryGateway queries, CommandGateway commands, Runnable saved) {
        this.username = username;
        this.queries = queries;
        addClassName("notification-settings-form");
        setPadding(false);
        settings = read();
        sender = new CommandSender(commands, this, () -> {
            settings = read();
            show();
        });
        mailOff.setText(getTranslation("notify.settings.mailOff"));
        mailOff.addClassName("mail-off");
        mailOff.setVisible(!mailConfigured);
        email.setLabel(getTranslation("notify.settings.email"));
        email.setHelperText(getTranslation("notify.settings.email.help"));
        email.setClearButtonVisible(true);
        language.setLabel(getTranslation("notify.settings.language"));
        language.setItems("zh", "en");
        language.setItemLabelGenerator(code -> getTranslation("notify.language." + code));
        kinds = new KindChoices(offered, settings.channels(), mailConfigured);
        errors.field("email", email).field("language", language).field("channels", kinds);
        save.setText(getTranslation("notify.settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (save()) {
                saved.run();
            }
        });
        show();
        add(mailOff, email, language, new Paragraph(getTranslation("notify.settings.kindsHelp")), kinds, save);
    }

    private void show() {
        email.setValue(settings.email() == null ? "" : settings.email());
        language.setValue("en".equals(settings.language()) ? "en" : "zh");
    }

    boolean save() {
        String address = email.getValue() == null || email.getValue().isBlank() ? null : email.getValue().strip();
        ChangeNotificationSettingsCommand command = new ChangeNotificationSettingsCommand(
                username, address, language.getValue(), kinds.channels(),
                settings.version() < 0 ? null : settings.version());
        if (!sender.send(command, errors)) {
            return false;
        }
        settings = ReadModelLag.changedFrom(settings, this::read);
        Toast.done(getTranslation("notify.settings.saved"));
        return true;
    }

    private NotificationSettings read() {
        NotificationSettings found = queries.query(new FindNotificationSettingsQuery(username),
                                                   ResponseTypes.instanceOf(NotificationSettings.class)).join();
        return found == null ? NotificationSettings.defaults(username) : found;
    }
}
