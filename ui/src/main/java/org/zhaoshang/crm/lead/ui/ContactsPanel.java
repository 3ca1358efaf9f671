package org.zhaoshang.crm.lead.ui;

import org.zhaoshang.crm.ui.Toast;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.command.ChangeContactCommand;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.MessagingApp;
import org.zhaoshang.crm.lead.api.command.RemoveContactCommand;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.FieldErrors;

import java.util.UUID;

/** The company's people the bureau talks to: adding one, correcting one, removing one who left. */
class ContactsPanel extends VerticalLayout {

    final Grid<LeadDetail.ContactEntry> grid = new Grid<>();
    final TextField familyName = new TextField();
    final TextField givenName = new TextField();
    final TextField title = new TextField();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final ComboBox<MessagingApp> messagingApp = new ComboBox<>();
    final TextField messagingHandle = new TextField();
    final Button save = new Button();
    final Button cancelEdit = new Button();
    private final Grid.Column<LeadDetail.ContactEntry> actionsColumn;
    private final FormLayout form;
    private final CommandSender sender;
    private final Runnable reload;
    private final FieldErrors errors;
    private LeadDetail lead;
    private boolean mayRemove;
    /** The contact being corrected; null while adding a new one. */
    private String editing;

    ContactsPanel(CommandSender sender, Runnable reload) {
        grid.setEmptyStateText(getTranslation("empty.contacts"));
        this.sender = sender;
        this.reload = reload;
        grid.addColumn(entry -> entry.contact().fullName()).setKey("name")
            .setHeader(getTranslation("lead.contact.name")).setAutoWidth(true);
        grid.addColumn(entry -> text(entry.contact().title())).setHeader(getTranslation("lead.contact.title"));
        grid.addColumn(entry -> text(entry.contact().phone())).setHeader(getTranslation("lead.contact.phone"));
        grid.addColumn(entry -> text(entry.contact().email())).setHeader(getTranslation("lead.contact.email"));
        grid.addColumn(this::messaging).setKey("messaging").setHeader(getTranslation("lead.contact.messaging"));
        actionsColumn = grid.addComponentColumn(this::rowActions).setKey("actions").setAutoWidth(true)
                            .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        familyName.setLabel(getTranslation("lead.contact.familyName"));
        givenName.setLabel(getTranslation("lead.contact.givenName"));
        title.setLabel(getTranslation("lead.contact.title"));
        phone.setLabel(getTranslation("lead.contact.phone"));
        email.setLabel(getTranslation("lead.contact.email"));
        messagingApp.setLabel(getTranslation("lead.contact.messagingApp"));
        messagingApp.setItems(MessagingApp.values());
        messagingApp.setItemLabelGenerator(app -> getTranslation("messaging." + app.name()));
        messagingApp.setClearButtonVisible(true);
        messagingHandle.setLabel(getTranslation("lead.contact.messagingHandle"));
        errors = new FieldErrors().field("contactName", familyName).field("familyName", familyName)
                                  .field("givenName", givenName).field("title", title).field("phone", phone)
                                  .field("email", email).field("messagingApp", messagingApp)
                                  .field("messagingHandle", messagingHandle);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancelEdit.setText(getTranslation("lead.form.cancel"));
        cancelEdit.addClickListener(click -> startAdding());
        form = new FormLayout(familyName, givenName, title, phone, email, messagingApp, messagingHandle);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(form, new HorizontalLayout(save, cancelEdit), grid);
        startAdding();
    }

    private void save() {
        Contact contact = new Contact(Texts.stripped(familyName.getValue()), Texts.stripped(givenName.getValue()),
                                      Texts.stripped(title.getValue()), Texts.stripped(phone.getValue()),
                                      Texts.stripped(email.getValue()), messagingApp.getValue(),
                                      Texts.stripped(messagingHandle.getValue()));
        Object command = editing == null
                         ? new AddContactCommand(lead.leadId(), UUID.randomUUID().toString(), contact, lead.version())
                         : new ChangeContactCommand(lead.leadId(), editing, contact, lead.version());
        if (sender.send(command, errors)) {
            Toast.done(getTranslation("toast.contact", LeadView.name(lead)));
            startAdding();
            reload.run();
        }
    }

    private void startAdding() {
        editing = null;
        familyName.clear();
        givenName.clear();
        title.clear();
        phone.clear();
        email.clear();
        messagingApp.clear();
        messagingHandle.clear();
        errors.clear();
        save.setText(getTranslation("lead.contact.add"));
        cancelEdit.setVisible(false);
    }

    private void startEditing(LeadDetail.ContactEntry entry) {
        editing = entry.contactId();
        Contact contact = entry.contact();
        familyName.setValue(text(contact.familyName()));
        givenName.setValue(text(contact.givenName()));
        title.setValue(text(contact.title()));
        phone.setValue(text(contact.phone()));
        email.setValue(text(contact.email()));
        messagingApp.setValue(contact.messagingApp());
        messagingHandle.setValue(text(contact.messagingHandle()));
        errors.clear();
        save.setText(getTranslation("lead.contact.saveChanges"));
        cancelEdit.setVisible(true);
        familyName.focus();
    }

    private Component rowActions(LeadDetail.ContactEntry entry) {
        Button edit = new Button(getTranslation("lead.row.edit"), click -> startEditing(entry));
        Button remove = new Button(getTranslation("lead.row.remove"), click -> confirmRemoval(entry));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(mayRemove);
        HorizontalLayout actions = new HorizontalLayout(edit, remove);
        actions.setSpacing(false);
        return actions;
    }

    private void confirmRemoval(LeadDetail.ContactEntry entry) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("lead.contact.remove.title", entry.contact().fullName()));
        confirm.setText(getTranslation("lead.contact.remove.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("lead.form.cancel"));
        confirm.setConfirmText(getTranslation("lead.row.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            if (SavedToast.confirm(sender.send(new RemoveContactCommand(lead.leadId(), entry.contactId(), lead.version()), null), lead)) {
                if (entry.contactId().equals(editing)) {
                    startAdding();
                }
                reload.run();
            }
        });
        confirm.open();
    }

    private String messaging(LeadDetail.ContactEntry entry) {
        Contact contact = entry.contact();
        if (contact.messagingApp() == null) {
            return "";
        }
        String app = getTranslation("messaging." + contact.messagingApp().name());
        return contact.messagingHandle() == null ? app : app + ": " + contact.messagingHandle();
    }

    /** Ambassadors add and correct contacts; removing one is for the bureau's staff. */
    void show(LeadDetail shown, boolean mayChangeLead, boolean mayRemoveContacts) {
        lead = shown;
        mayRemove = mayChangeLead && mayRemoveContacts;
        grid.setItems(shown.contacts());
        actionsColumn.setVisible(mayChangeLead);
        form.setVisible(mayChangeLead);
        save.setVisible(mayChangeLead);
        cancelEdit.setVisible(mayChangeLead && editing != null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
