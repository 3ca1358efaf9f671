package org.zhaoshang.crm.lead.ui;

import org.zhaoshang.crm.ui.Toast;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.BureauDatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.command.CorrectActivityCommand;
import org.zhaoshang.crm.lead.api.command.RetractActivityCommand;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.ui.FieldErrors;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Every contact with the company, the latest first, and logging a new one (an internal note for staff only). */
class ActivitiesPanel extends VerticalLayout {

    final Grid<LeadDetail.ActivityEntry> grid = new Grid<>();
    final ComboBox<ActivityType> type = new ComboBox<>();
    final DatePicker occurredOn = new BureauDatePicker();
    final TextField participants = new TextField();
    final TextArea summary = new TextArea();
    final Checkbox internal = new Checkbox();
    final Button log = new Button();
    final Button cancelCorrection = new Button();
    private final Grid.Column<LeadDetail.ActivityEntry> actionsColumn;
    private final FormLayout form;
    private final CommandSender sender;
    private final Runnable reload;
    private final FieldErrors errors;
    private LeadDetail lead;
    /** The activity being corrected; null while logging a new one. */
    private String correcting;

    ActivitiesPanel(CommandSender sender, Caller caller, PeopleDirectory people, Runnable reload) {
        grid.setEmptyStateText(getTranslation("empty.activities"));
        this.sender = sender;
        this.reload = reload;
        grid.addColumn(activity -> BureauFormats.date(activity.occurredOn(), getLocale()))
            .setHeader(getTranslation("lead.activity.occurredOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(activity -> getTranslation("activity." + activity.type().name()))
            .setHeader(getTranslation("lead.activity.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(activity -> String.join(getTranslation("list.separator"),
                                               activity.participants().stream().map(people::nameOf).toList()))
            .setHeader(getTranslation("lead.activity.participants")).setAutoWidth(true);
        grid.addComponentColumn(activity -> {
            Span text = new Span(activity.summary() == null ? "" : activity.summary());
            if (activity.internal()) {
                Span badge = new Span(getTranslation("lead.activity.internal"));
                badge.addClassName("internal-badge");
                text.addComponentAsFirst(badge);
            }
            if (!activity.retracted()) {
                return text;
            }
            text.addClassName("retracted");
            Span why = new Span(getTranslation("lead.activity.retractedBecause", text(activity.retractionReason())));
            why.addClassName("retraction");
            return new Span(text, why);
        }).setHeader(getTranslation("lead.activity.summary")).setFlexGrow(1);
        actionsColumn = grid.addComponentColumn(this::rowActions).setKey("actions").setAutoWidth(true)
                            .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        type.setLabel(getTranslation("lead.activity.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(value -> getTranslation("activity." + value.name()));
        occurredOn.setLabel(getTranslation("lead.activity.occurredOn"));
        type.setRequiredIndicatorVisible(true);
        occurredOn.setRequiredIndicatorVisible(true);
        participants.setLabel(getTranslation("lead.activity.participants"));
        participants.setHelperText(getTranslation("lead.activity.participants.help"));
        summary.setLabel(getTranslation("lead.activity.summary"));
        internal.setLabel(getTranslation("lead.activity.internal.label"));
        internal.setVisible(caller.seesAllLeads());
        errors = new FieldErrors().field("type", type).field("occurredOn", occurredOn)
                                  .field("participants", participants).field("summary", summary);
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.addClickListener(click -> save());
        cancelCorrection.setText(getTranslation("lead.form.cancel"));
        cancelCorrection.addClickListener(click -> startLogging());
        form = new FormLayout(type, occurredOn, participants, summary, internal);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(form, new HorizontalLayout(log, cancelCorrection), grid);
        startLogging();
    }

    private void save() {
        List<String> names = names(participants.getValue());
        Object command = correcting == null
                         ? new LogActivityCommand(lead.leadId(), UUID.randomUUID().toString(), type.getValue(),
                                                  occurredOn.getValue(), names, Texts.stripped(summary.getValue()),
                                                  internal.getValue(), lead.version())
                         : new CorrectActivityCommand(lead.leadId(), correcting, type.getValue(),
                                                      occurredOn.getValue(), names,
                                                      Texts.stripped(summary.getValue()),
                                                      internal.isVisible() ? internal.getValue() : null,
                                                      lead.version());
        if (sender.send(command, errors)) {
            Toast.done(getTranslation("toast.activity", LeadView.name(lead)));
            startLogging();
            reload.run();
        }
    }

    private void startLogging() {
        correcting = null;
        type.clear();
        participants.clear();
        summary.clear();
        internal.clear();
        occurredOn.setValue(LocalDate.now(BureauTime.ZONE));
        errors.clear();
        log.setText(getTranslation("lead.activity.log"));
        cancelCorrection.setVisible(false);
    }

    private void startCorrecting(LeadDetail.ActivityEntry activity) {
        correcting = activity.activityId();
        type.setValue(activity.type());
        occurredOn.setValue(activity.occurredOn());
        participants.setValue(String.join(", ", activity.participants()));
        summary.setValue(text(activity.summary()));
        internal.setValue(activity.internal());
        errors.clear();
        log.setText(getTranslation("lead.activity.saveCorrection"));
        cancelCorrection.setVisible(true);
        summary.focus();
    }

    private Component rowActions(LeadDetail.ActivityEntry activity) {
        if (activity.retracted()) {
            return new Span();
        }
        Button correct = new Button(getTranslation("lead.activity.correct"), click -> startCorrecting(activity));
        Button retract = new Button(getTranslation("lead.activity.retract"), click -> retractDialog(activity).open());
        correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        retract.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(correct, retract);
        actions.setSpacing(false);
        return actions;
    }

    private CommandDialog retractDialog(LeadDetail.ActivityEntry activity) {
        TextArea reason = new TextArea(getTranslation("lead.activity.retract.reason"));
        reason.setWidthFull();
        FieldErrors reasonErrors = new FieldErrors().field("reason", reason);
        FormLayout fields = new FormLayout(reason);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return new CommandDialog(getTranslation("lead.activity.retract.title"), fields,
                                 () -> SavedToast.confirm(sender.send(new RetractActivityCommand(lead.leadId(), activity.activityId(),
                                                                              reason.getValue(), lead.version()),
                                                   reasonErrors), lead),
                                 () -> {
                                     if (activity.activityId().equals(correcting)) {
                                         startLogging();
                                     }
                                     reload.run();
                                 });
    }

    /** Ambassadors log activities; correcting and retracting them is for the bureau's staff. */
    void show(LeadDetail shown, boolean mayLog, boolean mayCorrect) {
        lead = shown;
        grid.setItems(shown.activities());
        actionsColumn.setVisible(mayLog && mayCorrect);
        form.setVisible(mayLog);
        log.setVisible(mayLog);
        cancelCorrection.setVisible(mayLog && correcting != null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> names(String text) {
        return text == null || text.isBlank() ? List.of()
                                              : Arrays.stream(text.split("[,，、;；]")).map(String::strip)
                                                      .filter(name -> !name.isEmpty()).toList();
    }
}
