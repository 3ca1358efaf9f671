package org.zhaoshang.crm.ambassador.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.ambassador.api.AmbassadorKind;
import org.zhaoshang.crm.ambassador.api.AmbassadorProfile;
import org.zhaoshang.crm.ambassador.api.AmbassadorSummary;
import org.zhaoshang.crm.ambassador.api.RegisterAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.UpdateAmbassadorCommand;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;

import java.util.UUID;
import java.util.function.Consumer;

/** Registers an ambassador or partner, or corrects one's record (the whole profile, checked against its version). */
public class AmbassadorDialog extends Dialog {

    final ComboBox<AmbassadorKind> kind = new ComboBox<>();
    final TextField name = new TextField();
    final TextField organisation = new TextField();
    final MultiSelectComboBox<SourceMarket> markets = new MultiSelectComboBox<>();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Button save = new Button();
    /** The id of the ambassador registered (or corrected) by the last save. */
    private String ambassadorId;

    /** @param shown the ambassador to correct; null to register a new one */
    AmbassadorDialog(CommandSender sender, AmbassadorSummary shown, Runnable afterwards) {
        setHeaderTitle(getTranslation(shown == null ? "ambassador.register" : "ambassador.edit"));
        kind.setLabel(getTranslation("ambassador.kind"));
        kind.setItems(AmbassadorKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("ambassador.kind." + value.name()));
        name.setLabel(getTranslation("ambassador.name"));
        organisation.setLabel(getTranslation("ambassador.organisation"));
        markets.setLabel(getTranslation("ambassador.markets"));
        markets.setItems(SourceMarket.values());
        markets.setItemLabelGenerator(market -> getTranslation("market." + market.name()));
        email.setLabel(getTranslation("lead.contact.email"));
        phone.setLabel(getTranslation("lead.contact.phone"));
        if (shown != null) {
            AmbassadorProfile profile = shown.profile();
            kind.setValue(profile.kind());
            name.setValue(profile.name());
            organisation.setValue(profile.organisation() == null ? "" : profile.organisation());
            markets.setValue(profile.markets() == null ? java.util.Set.of() : profile.markets());
            email.setValue(profile.email() == null ? "" : profile.email());
            phone.setValue(profile.phone() == null ? "" : profile.phone());
        }
        FieldErrors errors = new FieldErrors().field("kind", kind).field("name", name)
                                              .field("organisation", organisation).field("email", email)
                                              .field("phone", phone);
        FormLayout fields = new FormLayout(kind, name, organisation, markets, email, phone);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(fields);
        save.setText(getTranslation("lead.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            AmbassadorProfile profile = new AmbassadorProfile(kind.getValue(), name.getValue(),
                                                              Texts.stripped(organisation.getValue()),
                                                              markets.getValue(), Texts.stripped(email.getValue()),
                                                              Texts.stripped(phone.getValue()));
            ambassadorId = shown == null ? "amb-" + UUID.randomUUID() : shown.ambassadorId();
            Object command = shown == null
                             ? new RegisterAmbassadorCommand(ambassadorId, profile)
                             : new UpdateAmbassadorCommand(ambassadorId, profile, shown.version());
            if (sender.send(command, errors)) {
                close();
                afterwards.run();
            }
        });
        getFooter().add(new Button(getTranslation("lead.form.cancel"), click -> close()), save);
    }

    /**
     * Registers one whose name is known already (an import names them), from outside the ambassadors' view.
     *
     * @param registered takes the id of the ambassador once registered
     */
    public static AmbassadorDialog registering(CommandSender sender, String name, Consumer<String> registered) {
        AmbassadorDialog[] dialog = new AmbassadorDialog[1];
        dialog[0] = new AmbassadorDialog(sender, null, () -> registered.accept(dialog[0].ambassadorId));
        dialog[0].name.setValue(name);
        return dialog[0];
    }
}
