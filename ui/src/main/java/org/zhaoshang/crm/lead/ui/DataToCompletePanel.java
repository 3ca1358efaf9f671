package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.lead.api.command.RecordStageDataCommand;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.MissingGateData;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import placed the lead past without (the stage gates' data: a visit, the figures, the agreement, the
 * registration), gate by gate, with the sheet and row the stage came from and how to complete it; hidden when the
 * lead owes nothing. The agreement and the registration are recorded here, without moving the lead.
 */
class DataToCompletePanel extends VerticalLayout {

    final VerticalLayout gates = new VerticalLayout();
    final Button record = new Button();
    private final CommandSender sender;
    private final Runnable saved;
    private LeadDetail lead;

    DataToCompletePanel(CommandSender sender, Runnable saved) {
        this.sender = sender;
        this.saved = saved;
        addClassName("data-to-complete");
        gates.setPadding(false);
        gates.setSpacing(false);
        record.setText(getTranslation("lead.dataToComplete.record"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        record.addClickListener(click -> dialog().open());
        add(new H3(getTranslation("lead.dataToComplete.title")),
            new Paragraph(getTranslation("lead.dataToComplete.help")), gates, record);
        setVisible(false);
    }

    void show(LeadDetail shown, boolean mayChangeFacts) {
        lead = shown;
        gates.removeAll();
        for (MissingGateData gate : shown.dataToComplete()) {
            Span what = new Span(getTranslation("lead.dataToComplete.gate", getTranslation("stage." + gate.stage()),
                                                fields(gate.fields())));
            what.addClassName("data-to-complete-gate");
            Span where = new Span(gate.file() == null ? ""
                    : getTranslation("lead.dataToComplete.source", gate.file(), gate.row() == null ? "—" : gate.row()));
            where.addClassName("data-to-complete-source");
            Span how = new Span(getTranslation("lead.dataToComplete.how." + how(gate)));
            how.addClassName("data-to-complete-how");
            gates.add(new Div(what, new Span(" "), where), how);
        }
        setVisible(!shown.dataToComplete().isEmpty());
        record.setVisible(mayChangeFacts && shown.dataToComplete().stream().anyMatch(
                gate -> gate.fields().stream().anyMatch(DataToCompletePanel::recordedHere)));
    }

    private String fields(List<String> fields) {
        return fields.stream().map(field -> getTranslation("lead.dataToComplete.field." + field))
                     .collect(Collectors.joining(getTranslation("filter.chip.separator")));
    }

    /** Which way completes the gate: a visit logged, the figures, or the form here. */
    private static String how(MissingGateData gate) {
        if (gate.fields().contains("activities")) {
            return "visit";
        }
        return gate.fields().stream().anyMatch(DataToCompletePanel::recordedHere) ? "record" : "numbers";
    }

    private static boolean recordedHere(String field) {
        return field.equals("agreementSignedOn") || field.equals("agreementReference") || field.equals("registeredOn");
    }

    CommandDialog dialog() {
        DatePicker signedOn = new BureauDatePicker(getTranslation("gate.agreementSignedOn"));
        TextField reference = new TextField(getTranslation("gate.agreementReference"));
        DatePicker registeredOn = new BureauDatePicker(getTranslation("gate.registeredOn"));
        signedOn.setValue(lead.agreementSignedOn());
        reference.setValue(lead.agreementReference() == null ? "" : lead.agreementReference());
        registeredOn.setValue(lead.registeredOn());
        registeredOn.setVisible(lead.stage().compareTo(Stage.LANDED) >= 0);
        FieldErrors errors = new FieldErrors().field("agreementSignedOn", signedOn)
                                              .field("agreementReference", reference)
                                              .field("registeredOn", registeredOn);
        FormLayout fields = new FormLayout(signedOn, reference, registeredOn);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return new CommandDialog(getTranslation("lead.dataToComplete.record"), fields,
                                 () -> sender.send(new RecordStageDataCommand(
                                         lead.leadId(), signedOn.getValue(), Texts.stripped(reference.getValue()),
                                         registeredOn.isVisible() ? registeredOn.getValue() : null, lead.version()),
                                                   errors),
                                 saved);
    }
}
