package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.lead.api.ActivityType;
import org.zhaoshang.crm.lead.api.LeadDetail;
import org.zhaoshang.crm.lead.api.LogActivityCommand;
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
    final DatePicker occurredOn = new DatePicker();
    final TextField participants = new TextField();
    final TextArea summary = new TextArea();
    final Checkbox internal = new Checkbox();
    final Button log = new Button();
    private final FormLayout form;
    private LeadDetail lead;

    ActivitiesPanel(LeadCommandSender sender, Caller caller, Runnable reload) {
        grid.addColumn(activity -> BureauFormats.date(activity.occurredOn(), getLocale()))
            .setHeader(getTranslation("lead.activity.occurredOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(activity -> getTranslation("activity." + activity.type().name()))
            .setHeader(getTranslation("lead.activity.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(activity -> String.join(getTranslation("list.separator"), activity.participants()))
            .setHeader(getTranslation("lead.activity.participants")).setAutoWidth(true);
        grid.addComponentColumn(activity -> {
            Span text = new Span(activity.summary() == null ? "" : activity.summary());
            if (activity.internal()) {
                Span badge = new Span(getTranslation("lead.activity.internal"));
                badge.addClassName("internal-badge");
                text.addComponentAsFirst(badge);
            }
            if (activity.retracted()) {
                text.addClassName("retracted");
            }
            return text;
        }).setHeader(getTranslation("lead.activity.summary")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        type.setLabel(getTranslation("lead.activity.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(value -> getTranslation("activity." + value.name()));
        occurredOn.setLabel(getTranslation("lead.activity.occurredOn"));
        participants.setLabel(getTranslation("lead.activity.participants"));
        participants.setHelperText(getTranslation("lead.activity.participants.help"));
        summary.setLabel(getTranslation("lead.activity.summary"));
        internal.setLabel(getTranslation("lead.activity.internal.label"));
        internal.setVisible(caller.seesAllLeads());
        FieldErrors errors = new FieldErrors().field("type", type).field("occurredOn", occurredOn)
                                                  .field("participants", participants).field("summary", summary);
        log.setText(getTranslation("lead.activity.log"));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.addClickListener(click -> {
            if (sender.send(new LogActivityCommand(lead.leadId(), UUID.randomUUID().toString(), type.getValue(),
                                                   occurredOn.getValue(), names(participants.getValue()),
                                                   Texts.stripped(summary.getValue()), internal.getValue(),
                                                   lead.version()), errors)) {
                type.clear();
                participants.clear();
                summary.clear();
                internal.clear();
                reload.run();
            }
        });
        form = new FormLayout(type, occurredOn, participants, summary, internal, log);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(form, grid);
    }

    void show(LeadDetail shown, boolean mayLog) {
        lead = shown;
        grid.setItems(shown.activities());
        form.setVisible(mayLog);
        if (occurredOn.isEmpty()) {
            occurredOn.setValue(LocalDate.now(BureauTime.ZONE));
        }
    }

    private static List<String> names(String text) {
        return text == null || text.isBlank() ? List.of()
                                              : Arrays.stream(text.split("[,，、;；]")).map(String::strip)
                                                      .filter(name -> !name.isEmpty()).toList();
    }
}
