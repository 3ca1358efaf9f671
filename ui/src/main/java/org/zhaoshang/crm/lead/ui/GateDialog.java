package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.zhaoshang.crm.ui.BureauDatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.FieldErrors;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A move whose stage gate is not met: asks for exactly what is missing (a visit, the planned investment, the target
 * zone, the agreement, the registration), records it and then moves the lead.
 */
class GateDialog extends Dialog {

    final DatePicker visitOn = new BureauDatePicker();
    final ComboBox<ActivityType> visitType = new ComboBox<>();
    final BigDecimalField investmentWan = new BigDecimalField();
    final ComboBox<TargetZone> targetZone = new ComboBox<>();
    final DatePicker agreementSignedOn = new BureauDatePicker();
    final TextField agreementReference = new TextField();
    final DatePicker registeredOn = new BureauDatePicker();
    final Button move = new Button();
    private final Set<String> missing;
    /** The fields by the names the commands' violations use. */
    private final Map<HasValue<?, ?>, String> names = Map.of(visitOn, "occurredOn", visitType, "type",
                                                             investmentWan, "investmentAmountWan",
                                                             targetZone, "targetZone",
                                                             agreementSignedOn, "agreementSignedOn",
                                                             agreementReference, "agreementReference",
                                                             registeredOn, "registeredOn");

    GateDialog(CommandSender sender, LeadDetail lead, Stage to, List<FieldViolation> violations,
               Runnable reload) {
        missing = violations.stream().map(FieldViolation::field).collect(Collectors.toSet());
        setHeaderTitle(getTranslation("gate.title", getTranslation("stage." + to.name())));
        addClassName("gate-dialog");
        FormLayout fields = new FormLayout();
        if (missing.contains("activities")) {
            visitOn.setLabel(getTranslation("gate.visitOn"));
            visitType.setLabel(getTranslation("gate.visitType"));
            visitType.setItems(ActivityType.VISIT_BY_US, ActivityType.VISIT_BY_THEM);
            visitType.setItemLabelGenerator(type -> getTranslation("activity." + type.name()));
            visitType.setValue(ActivityType.VISIT_BY_THEM);
            fields.add(visitOn, visitType);
        }
        if (missing.contains("plannedInvestment")) {
            investmentWan.setLabel(getTranslation("gate.investmentWan"));
            fields.add(investmentWan);
        }
        if (missing.contains("targetZone")) {
            targetZone.setLabel(getTranslation("gate.targetZone"));
            targetZone.setItems(TargetZone.values());
            targetZone.setItemLabelGenerator(zone -> getTranslation("zone." + zone.name()));
            fields.add(targetZone);
        }
        if (missing.contains("agreementSignedOn")) {
            agreementSignedOn.setLabel(getTranslation("gate.agreementSignedOn"));
            fields.add(agreementSignedOn);
        }
        if (missing.contains("agreementReference")) {
            agreementReference.setLabel(getTranslation("gate.agreementReference"));
            fields.add(agreementReference);
        }
        if (missing.contains("registeredOn")) {
            registeredOn.setLabel(getTranslation("gate.registeredOn"));
            fields.add(registeredOn);
        }
        FieldErrors errors = new FieldErrors().field("occurredOn", visitOn).field("type", visitType)
                                                  .field("investmentAmountWan", investmentWan)
                                                  .field("targetZone", targetZone)
                                                  .field("agreementSignedOn", agreementSignedOn)
                                                  .field("agreementReference", agreementReference)
                                                  .field("registeredOn", registeredOn);
        add(new Paragraph(getTranslation("gate.intro")), fields);
        move.setText(getTranslation("gate.move", getTranslation("stage." + to.name())));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fields.getChildren().filter(HasValue.class::isInstance)
              .forEach(field -> ((HasValue<?, ?>) field).setRequiredIndicatorVisible(true));
        move.addClickListener(click -> {
            if (allGiven(fields, errors) && recordMissingFacts(sender, lead, errors)
                    && sender.send(new MoveLeadToStageCommand(lead.leadId(), to, null, null,
                                                              agreementSignedOn.getValue(),
                                                              Texts.stripped(agreementReference.getValue()),
                                                              registeredOn.getValue(), null),
                                   errors, missing -> errors.show(missing))) {
                StageActions.moved(lead, to);
                close();
                reload.run();
            }
        });
        getFooter().add(new Button(getTranslation("lead.form.cancel"), click -> close()), move);
    }

    /**
     * Every field the gate asks for and the user left empty is marked at once; the commands' rules would name one
     * fact at a time, as each is recorded in turn.
     */
    private boolean allGiven(FormLayout fields, FieldErrors errors) {
        if (!errors.readable()) {
            return false;
        }
        List<FieldViolation> empty = fields.getChildren().filter(HasValue.class::isInstance)
                .map(field -> (HasValue<?, ?>) field).filter(HasValue::isEmpty)
                .map(field -> new FieldViolation(names.get(field), "required", "required")).toList();
        errors.show(empty);
        return empty.isEmpty();
    }

    /** The visit and the numbers the gate asks for, each a fact of its own, before the move. */
    private boolean recordMissingFacts(CommandSender sender, LeadDetail lead, FieldErrors errors) {
        if (missing.contains("activities") && !sender.send(new LogActivityCommand(
                lead.leadId(), UUID.randomUUID().toString(), visitType.getValue(), visitOn.getValue(), List.of(),
                null, false, null), errors)) {
            return false;
        }
        if (missing.contains("activities")) {
            missing.remove("activities");
        }
        boolean numbers = missing.contains("plannedInvestment") || missing.contains("targetZone");
        return !numbers || sender.send(NumbersPanel.update(
                lead, missing.contains("plannedInvestment") ? investmentWan.getValue() : null,
                missing.contains("targetZone") ? targetZone.getValue() : null), errors);
    }
}
