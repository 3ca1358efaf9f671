package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.lead.api.AddContactCommand;
import org.zhaoshang.crm.lead.api.Contact;
import org.zhaoshang.crm.lead.api.LeadDetail;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.FieldErrors;

import java.util.UUID;

/** The company's people the bureau talks to, and adding one. */
class ContactsPanel extends VerticalLayout {

    final Grid<LeadDetail.ContactEntry> grid = new Grid<>();
    final TextField name = new TextField();
    final TextField title = new TextField();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final Button add = new Button();
    private final FormLayout form;
    private LeadDetail lead;

    ContactsPanel(LeadCommandSender sender, Runnable reload) {
        grid.addColumn(entry -> entry.contact().name()).setHeader(getTranslation("lead.contact.name"));
        grid.addColumn(entry -> text(entry.contact().title())).setHeader(getTranslation("lead.contact.title"));
        grid.addColumn(entry -> text(entry.contact().phone())).setHeader(getTranslation("lead.contact.phone"));
        grid.addColumn(entry -> text(entry.contact().email())).setHeader(getTranslation("lead.contact.email"));
        grid.setAllRowsVisible(true);
        name.setLabel(getTranslation("lead.contact.name"));
        title.setLabel(getTranslation("lead.contact.title"));
        phone.setLabel(getTranslation("lead.contact.phone"));
        email.setLabel(getTranslation("lead.contact.email"));
        FieldErrors errors = new FieldErrors().field("name", name).field("title", title).field("phone", phone)
                                                  .field("email", email);
        add.setText(getTranslation("lead.contact.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> {
            Contact contact = new Contact(name.getValue(), Texts.stripped(title.getValue()),
                                          Texts.stripped(phone.getValue()), Texts.stripped(email.getValue()), null,
                                          null);
            if (sender.send(new AddContactCommand(lead.leadId(), UUID.randomUUID().toString(), contact,
                                                  lead.version()), errors)) {
                name.clear();
                title.clear();
                phone.clear();
                email.clear();
                reload.run();
            }
        });
        form = new FormLayout(name, title, phone, email, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 5));
        add(form, grid);
    }

    void show(LeadDetail shown, boolean mayAdd) {
        lead = shown;
        grid.setItems(shown.contacts());
        form.setVisible(mayAdd);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
