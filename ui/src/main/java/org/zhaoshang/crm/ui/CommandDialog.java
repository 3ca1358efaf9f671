package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

import java.util.function.BooleanSupplier;

/** A dialog asking for what one command needs; confirming gives it, and the dialog closes once it was acknowledged. */
public final class CommandDialog extends Dialog {

    public CommandDialog(String title, FormLayout fields, BooleanSupplier confirm, Runnable afterwards) {
        super(title);
        addClassName("command-dialog");
        add(fields);
        Button ok = new Button(getTranslation("lead.dialog.confirm"), click -> {
            if (confirm.getAsBoolean()) {
                close();
                afterwards.run();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("lead.form.cancel"), click -> close()), ok);
    }
}
