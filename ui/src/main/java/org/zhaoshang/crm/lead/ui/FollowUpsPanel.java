package org.zhaoshang.crm.lead.ui;

import org.zhaoshang.crm.ui.Toast;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.BureauDatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.lead.api.command.CompleteFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.RescheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.FieldErrors;

import java.time.LocalDate;
import java.util.UUID;

/** What is to be done next, by whom and when; marking it done with its outcome; moving it; scheduling a new one. */
class FollowUpsPanel extends VerticalLayout {

    final Grid<LeadDetail.FollowUpEntry> grid = new Grid<>();
    final TextField nextStep = new TextField();
    final DatePicker dueOn = new BureauDatePicker();
    final PersonPicker assignee;
    final Button schedule = new Button();
    private final FormLayout form;
    private final CommandSender sender;
    private final Runnable reload;
    private LeadDetail lead;
    private boolean mayChange;

    FollowUpsPanel(CommandSender sender, PeopleDirectory people, Runnable reload) {
        this.assignee = new PersonPicker(people, PersonPicker.STAFF);
        grid.setEmptyStateText(getTranslation("empty.followUps"));
        this.sender = sender;
        this.reload = reload;
        grid.addColumn(followUp -> BureauFormats.date(followUp.dueOn(), getLocale()))
            .setHeader(getTranslation("lead.followUp.dueOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LeadDetail.FollowUpEntry::nextStep).setHeader(getTranslation("lead.followUp.nextStep"));
        grid.addColumn(followUp -> people.nameOf(followUp.assignee()))
            .setHeader(getTranslation("lead.followUp.assignee"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::doneCell).setKey("actions").setHeader(getTranslation("lead.followUp.done"))
            .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        nextStep.setLabel(getTranslation("lead.followUp.nextStep"));
        dueOn.setLabel(getTranslation("lead.followUp.dueOn"));
        nextStep.setRequiredIndicatorVisible(true);
        dueOn.setRequiredIndicatorVisible(true);
        assignee.setLabel(getTranslation("lead.followUp.assignee"));
        assignee.setHelperText(getTranslation("lead.followUp.assignee.help"));
        FieldErrors errors = new FieldErrors().field("nextStep", nextStep).field("dueOn", dueOn)
                                                  .field("assignee", assignee);
        schedule.setText(getTranslation("lead.followUp.schedule"));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(click -> {
            if (sender.send(new ScheduleFollowUpCommand(lead.leadId(), UUID.randomUUID().toString(),
                                                        nextStep.getValue(), dueOn.getValue(),
                                                        assignee.username(), lead.version()),
                            errors)) {
                nextStep.clear();
                assignee.clear();
                Toast.done(getTranslation("toast.followUp", LeadView.name(lead)));
                reload.run();
            }
        });
        form = new FormLayout(nextStep, dueOn, assignee, schedule);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        add(form, grid);
    }

    private Component doneCell(LeadDetail.FollowUpEntry followUp) {
        if (followUp.done()) {
            return new Span(followUp.outcome() == null ? getTranslation("lead.followUp.isDone")
                                                       : followUp.outcome());
        }
        Button done = new Button(getTranslation("lead.followUp.markDone"), click -> doneDialog(followUp).open());
        Button reschedule = new Button(getTranslation("lead.followUp.reschedule"),
                                       click -> rescheduleDialog(followUp).open());
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reschedule.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(done, reschedule);
        actions.setSpacing(false);
        actions.setVisible(mayChange);
        return actions;
    }

    private CommandDialog doneDialog(LeadDetail.FollowUpEntry followUp) {
        TextArea outcome = new TextArea(getTranslation("lead.followUp.outcome"));
        outcome.setHelperText(getTranslation("lead.followUp.outcome.help"));
        FieldErrors outcomeErrors = new FieldErrors().field("outcome", outcome);
        return new CommandDialog(getTranslation("lead.followUp.done.title", followUp.nextStep()), oneColumn(outcome),
                                 () -> SavedToast.confirm(sender.send(new CompleteFollowUpCommand(lead.leadId(), followUp.followUpId(),
                                                                               Texts.stripped(outcome.getValue()),
                                                                               lead.version()), outcomeErrors), lead),
                                 reload);
    }

    private CommandDialog rescheduleDialog(LeadDetail.FollowUpEntry followUp) {
        DatePicker newDueOn = new BureauDatePicker(getTranslation("lead.followUp.newDueOn"));
        newDueOn.setValue(followUp.dueOn());
        newDueOn.setMin(LocalDate.now(BureauTime.ZONE));
        TextArea reason = new TextArea(getTranslation("lead.followUp.rescheduleReason"));
        FieldErrors rescheduleErrors = new FieldErrors().field("dueOn", newDueOn).field("reason", reason);
        return new CommandDialog(getTranslation("lead.followUp.reschedule.title", followUp.nextStep()),
                                 oneColumn(newDueOn, reason),
                                 () -> SavedToast.confirm(sender.send(new RescheduleFollowUpCommand(lead.leadId(), followUp.followUpId(),
                                                                                 newDueOn.getValue(),
                                                                                 Texts.stripped(reason.getValue()),
                                                                                 lead.version()), rescheduleErrors), lead),
                                 reload);
    }

    private static FormLayout oneColumn(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    void show(LeadDetail shown, boolean mayChangeLead) {
        lead = shown;
        mayChange = mayChangeLead;
        grid.setItems(shown.followUps());
        form.setVisible(mayChangeLead);
        if (dueOn.isEmpty()) {
            dueOn.setValue(LocalDate.now(BureauTime.ZONE).plusDays(7));
        }
    }
}
