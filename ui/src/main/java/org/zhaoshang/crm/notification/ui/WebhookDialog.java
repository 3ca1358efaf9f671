package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.notification.api.DefineWebhookCommand;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.WebhookPlatform;
import org.zhaoshang.crm.notification.api.WebhookSummary;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;

import java.util.EnumSet;
import java.util.UUID;

/**
 * Adds or changes a group robot: its name, platform, address and secret (never shown again: left empty on a change they
 * are kept), whom it speaks for (a department, a market or the whole bureau), the kinds it takes and its language.
 */
final class WebhookDialog extends Dialog {

    final TextField name = new TextField();
    final Select<WebhookPlatform> platform = new Select<>();
    final TextField url = new TextField();
    final PasswordField secret = new PasswordField();
    final ComboBox<Department> department = new ComboBox<>();
    final Select<SourceMarket> market = new Select<>();
    final CheckboxGroup<NotificationKind> kinds = new CheckboxGroup<>();
    final Select<String> language = new Select<>();

    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors();

    WebhookDialog(WebhookSummary existing, Departments departments, CommandSender sender, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "robots.add" : "robots.change"));
        addClassName("webhook-dialog");
        String id = existing == null ? "wh-" + UUID.randomUUID() : existing.webhookId();
        FormLayout form = new FormLayout();
        fill(form, existing, departments, errors);
        add(form);
        save.setText(getTranslation("robots.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (sender.send(command(id, existing != null), errors)) {
                close();
                saved.run();
            }
        });
        getFooter().add(new Button(getTranslation("lead.form.cancel"), click -> close()), save);
    }

    private void fill(FormLayout form, WebhookSummary existing, Departments departments, FieldErrors errors) {
        name.setLabel(getTranslation("robots.name"));
        platform.setLabel(getTranslation("robots.platform"));
        platform.setItems(WebhookPlatform.values());
        platform.setItemLabelGenerator(value -> getTranslation("robots.platform." + value.name()));
        url.setLabel(getTranslation("robots.url"));
        secret.setLabel(getTranslation("robots.secret"));
        secret.setHelperText(getTranslation("robots.secret.help"));
        department.setLabel(getTranslation("robots.department"));
        department.setItems(departments.active());
        department.setItemLabelGenerator(departments::name);
        department.setClearButtonVisible(true);
        market.setLabel(getTranslation("robots.market"));
        market.setItems(SourceMarket.values());
        market.setItemLabelGenerator(value -> value == null ? getTranslation("robots.market.any")
                                                           : getTranslation("market." + value.name()));
        market.setEmptySelectionAllowed(true);
        market.setEmptySelectionCaption(getTranslation("robots.market.any"));
        kinds.setLabel(getTranslation("robots.kinds"));
        kinds.setItems(NotificationKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation("notify.kind." + kind.name()));
        language.setLabel(getTranslation("robots.language"));
        language.setItems("zh", "en");
        language.setItemLabelGenerator(code -> getTranslation("notify.language." + code));
        if (existing == null) {
            platform.setValue(WebhookPlatform.WECOM);
            language.setValue("zh");
            kinds.setValue(EnumSet.of(NotificationKind.RED_LIGHT, NotificationKind.RED_PROBLEM,
                                      NotificationKind.REPORT_READY));
        } else {
            name.setValue(existing.name());
            platform.setValue(existing.platform());
            url.setPlaceholder(existing.address());
            url.setHelperText(getTranslation("robots.url.keep"));
            secret.setHelperText(getTranslation(existing.secretSet() ? "robots.secret.keep" : "robots.secret.help"));
            department.setValue(departments.find(existing.department()));
            market.setValue(existing.market());
            kinds.setValue(existing.kinds());
            language.setValue(existing.language());
        }
        errors.field("name", name).field("platform", platform).field("url", url).field("secret", secret)
              .field("department", department).field("market", market).field("kinds", kinds)
              .field("language", language);
        form.add(name, platform, url, secret, department, market, kinds, language);
        form.setColspan(kinds, 2);
        form.setColspan(url, 2);
    }

    private DefineWebhookCommand command(String id, boolean change) {
        String address = url.getValue().isBlank() ? null : url.getValue().strip();
        String key = secret.getValue().isEmpty() ? (change ? null : "") : secret.getValue();
        return new DefineWebhookCommand(id, name.getValue().strip(), platform.getValue(), address, key,
                                        department.getValue() == null ? null : department.getValue().code(),
                                        market.getValue(), kinds.getValue(), language.getValue());
    }
}
