package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.zhaoshang.crm.ui.BureauDatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.lead.api.value.LossReason;
import org.zhaoshang.crm.lead.api.command.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.command.ReassignLeadCommand;
import org.zhaoshang.crm.lead.api.command.ReopenLeadCommand;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.Toast;
import org.zhaoshang.crm.shared.api.FieldViolation;
import com.vaadin.flow.component.UI;

import java.util.List;

/**
 * The moves a lead's stage and status allow, as far as the user's role does: advance, move back, hold, lose, reopen,
 * reassign. A move whose stage gate is not met opens a dialog asking for exactly what is missing.
 */
class StageActions extends HorizontalLayout {

    final Button advance = new Button();
    final Button back = new Button();
    final Button hold = new Button();
    final Button lose = new Button();
    final Button reopen = new Button();
    final Button reassign = new Button();
    private final CommandSender sender;
    private final Caller caller;
    private final Runnable reload;
    private LeadDetail lead;

    private final PeopleDirectory people;

    StageActions(CommandSender sender, Caller caller, PeopleDirectory people, Runnable reload) {
        this.people = people;
        this.sender = sender;
        this.caller = caller;
        this.reload = reload;
        addClassName("stage-actions");
        advance.setIcon(VaadinIcon.ARROW_RIGHT.create());
        advance.setIconAfterText(true);
        advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        advance.addClickListener(click -> move(next(lead.stage())));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClickListener(click -> backDialog(sender, lead, previous(lead.stage()), reload).open());
        hold.setText(getTranslation("lead.action.hold"));
        hold.addClickListener(click -> holdDialog().open());
        lose.setText(getTranslation("lead.action.lose"));
        lose.addThemeVariants(ButtonVariant.LUMO_ERROR);
        lose.addClickListener(click -> loseDialog().open());
        reopen.setText(getTranslation("lead.action.reopen"));
        reopen.addClickListener(click -> {
            if (SavedToast.confirm(sender.send(new ReopenLeadCommand(lead.leadId(), null, lead.version()), null), lead)) {
                reload.run();
            }
        });
        reassign.setText(getTranslation("lead.action.reassign"));
        reassign.addClickListener(click -> reassignDialog().open());
        add(advance, back, hold, lose, reopen, reassign);
    }

    void show(LeadDetail shown, boolean mayChange) {
        lead = shown;
        boolean open = shown.status() == LeadStatus.OPEN;
        boolean staff = caller.seesAllLeads();
        Stage next = next(shown.stage());
        Stage previous = previous(shown.stage());
        advance.setVisible(mayChange && open && next != null
                           && (staff || next.compareTo(LeadVisibility.AMBASSADOR_TOP_STAGE) <= 0));
        if (next != null) {
            advance.setText(getTranslation("lead.action.advance", getTranslation("stage." + next.name())));
        }
        back.setVisible(mayChange && open && previous != null
                        && (staff || shown.stage().compareTo(LeadVisibility.AMBASSADOR_TOP_STAGE) <= 0));
        if (previous != null) {
            back.setText(getTranslation("lead.action.back", getTranslation("stage." + previous.name())));
        }
        hold.setVisible(mayChange && staff && open);
        lose.setVisible(mayChange && staff && shown.status() != LeadStatus.LOST);
        reopen.setVisible(mayChange && staff && !open);
        reassign.setVisible(caller.has(Role.MANAGER));
    }

    private void move(Stage to) {
        if (sender.send(new MoveLeadToStageCommand(lead.leadId(), to, null, null, lead.version()), null,
                        missing -> new GateDialog(sender, lead, to, missing, reload).open())) {
            moved(lead, to);
            reload.run();
        }
    }

    /**
     * A move back, from the lead page or dragged on the board: the reason is asked for every time (the move's
     * comment, which the lead's history keeps); the rules ask it of staff only out of a signed agreement.
     */
    static Dialog backDialog(CommandSender sender, LeadDetail lead, Stage to, Runnable afterwards) {
        TextArea reason = new TextArea();
        reason.setLabel(reason.getTranslation("lead.back.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors().field("comment", reason);
        Dialog dialog = new CommandDialog(
                reason.getTranslation("lead.back.title", LeadView.name(lead),
                                      reason.getTranslation("stage." + lead.stage().name()),
                                      reason.getTranslation("stage." + to.name())),
                new FormLayout(reason),
                () -> {
                    if (reason.getValue().isBlank()) {
                        errors.show(List.of(new FieldViolation("comment", "required", "required")));
                        return false;
                    }
                    boolean sent = sender.send(new MoveLeadToStageCommand(lead.leadId(), to, null,
                                                                         reason.getValue(), lead.version()), errors);
                    if (sent) {
                        moved(lead, to);
                    }
                    return sent;
                },
                afterwards);
        dialog.addClassName("back-dialog");
        return dialog;
    }

    /** Every move is confirmed in words: "泰晤士资本 已移至 洽谈". */
    static void moved(LeadDetail lead, Stage to) {
        Toast.done(UI.getCurrent().getTranslation(
                "lead.moved", LeadView.name(lead), UI.getCurrent().getTranslation("stage." + to.name())));
    }

    private Dialog holdDialog() {
        TextArea reason = new TextArea(getTranslation("lead.hold.reason"));
        DatePicker revisitOn = new BureauDatePicker(getTranslation("lead.hold.revisitOn"));
        FieldErrors errors = new FieldErrors().field("reason", reason).field("revisitOn", revisitOn);
        return dialog("lead.action.hold", new FormLayout(reason, revisitOn),
                      () -> SavedToast.confirm(sender.send(new PutLeadOnHoldCommand(lead.leadId(), reason.getValue(),
                                                                 revisitOn.getValue(), lead.version()), errors), lead));
    }

    private Dialog loseDialog() {
        ComboBox<LossReason> reason = new ComboBox<>(getTranslation("lead.lose.reason"), LossReason.values());
        reason.setItemLabelGenerator(value -> getTranslation("loss." + value.name()));
        TextField competingLocation = new TextField(getTranslation("lead.lose.competingLocation"));
        TextArea detail = new TextArea(getTranslation("lead.lose.detail"));
        FieldErrors errors = new FieldErrors().field("reason", reason)
                                                  .field("competingLocation", competingLocation)
                                                  .field("detail", detail);
        return dialog("lead.action.lose", new FormLayout(reason, competingLocation, detail),
                      () -> SavedToast.confirm(sender.send(new MarkLeadLostCommand(lead.leadId(), reason.getValue(), detail.getValue(),
                                                                competingLocation.getValue(), null, lead.version()),
                                        errors), lead));
    }

    private Dialog reassignDialog() {
        PersonPicker owner = new PersonPicker(people, PersonPicker.STAFF);
        owner.setLabel(getTranslation("lead.reassign.owner"));
        owner.selectUser(lead.owner());
        FieldErrors errors = new FieldErrors().field("owner", owner);
        return dialog("lead.action.reassign", new FormLayout(owner),
                      () -> SavedToast.confirm(sender.send(new ReassignLeadCommand(lead.leadId(), owner.username(), lead.version()),
                                        errors), lead));
    }

    private Dialog dialog(String titleKey, FormLayout fields, java.util.function.BooleanSupplier confirm) {
        return new CommandDialog(getTranslation(titleKey), fields, confirm, reload);
    }

    static Stage next(Stage stage) {
        return stage.ordinal() + 1 < Stage.values().length ? Stage.values()[stage.ordinal() + 1] : null;
    }

    static Stage previous(Stage stage) {
        return stage.ordinal() > 0 ? Stage.values()[stage.ordinal() - 1] : null;
    }
}
