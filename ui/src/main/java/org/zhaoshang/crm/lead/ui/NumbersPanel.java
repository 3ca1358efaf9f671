package org.zhaoshang.crm.lead.ui;

import org.zhaoshang.crm.ui.Toast;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.ui.BureauFormats;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.FieldErrors;

import java.math.BigDecimal;
import java.util.List;

/** The lead's figures as a bureau keeps them: investment in 万 of its currency, land in 亩, floor space in m². */
class NumbersPanel extends VerticalLayout {

    final BigDecimalField investmentWan = new BigDecimalField();
    final ComboBox<String> currency = new ComboBox<>();
    final BigDecimalField rateToCny = new BigDecimalField();
    final BigDecimalField landAreaMu = new BigDecimalField();
    final BigDecimalField floorSpaceM2 = new BigDecimalField();
    final BigDecimalField expectedAnnualTaxWan = new BigDecimalField();
    final IntegerField expectedJobs = new IntegerField();
    final ComboBox<TargetZone> targetZone = new ComboBox<>();
    final TextField targetBuilding = new TextField();
    final Span perMu = new Span();
    final Button save = new Button();
    private final FieldErrors errors;
    private LeadDetail lead;

    NumbersPanel(CommandSender sender, Runnable reload) {
        investmentWan.setLabel(getTranslation("lead.numbers.investmentWan"));
        currency.setLabel(getTranslation("lead.numbers.currency"));
        currency.setItems(PlannedInvestment.CURRENCIES);
        rateToCny.setLabel(getTranslation("lead.numbers.rateToCny"));
        landAreaMu.setLabel(getTranslation("lead.numbers.landAreaMu"));
        floorSpaceM2.setLabel(getTranslation("lead.numbers.floorSpaceM2"));
        expectedAnnualTaxWan.setLabel(getTranslation("lead.numbers.expectedAnnualTaxWan"));
        expectedJobs.setLabel(getTranslation("lead.numbers.expectedJobs"));
        targetZone.setLabel(getTranslation("lead.numbers.targetZone"));
        targetZone.setItems(TargetZone.values());
        targetZone.setItemLabelGenerator(zone -> getTranslation("zone." + zone.name()));
        targetBuilding.setLabel(getTranslation("lead.numbers.targetBuilding"));
        errors = new FieldErrors().field("investmentAmountWan", investmentWan)
                                      .field("investmentCurrency", currency).field("rateToCny", rateToCny)
                                      .field("landAreaMu", landAreaMu).field("floorSpaceM2", floorSpaceM2)
                                      .field("expectedAnnualTaxWan", expectedAnnualTaxWan)
                                      .field("expectedJobs", expectedJobs).field("targetZone", targetZone)
                                      .field("targetBuilding", targetBuilding);
        save.setText(getTranslation("lead.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (sender.send(new UpdateLeadNumbersCommand(
                    lead.leadId(), investmentWan.getValue(), currency.getValue(), rateToCny.getValue(),
                    landAreaMu.getValue(), floorSpaceM2.getValue(), expectedAnnualTaxWan.getValue(),
                    expectedJobs.getValue(), targetZone.getValue(), Texts.stripped(targetBuilding.getValue()),
                    lead.version()), errors)) {
                Toast.done(getTranslation("toast.numbers", LeadView.name(lead)));
                reload.run();
            }
        });
        perMu.addClassName("per-mu");
        FormLayout form = new FormLayout(investmentWan, currency, rateToCny, landAreaMu, floorSpaceM2,
                                         expectedAnnualTaxWan, expectedJobs, targetZone, targetBuilding);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                                new FormLayout.ResponsiveStep("60em", 3));
        add(form, perMu, save);
    }

    void show(LeadDetail shown, boolean mayChange) {
        lead = shown;
        PlannedInvestment investment = shown.plannedInvestment();
        investmentWan.setValue(investment == null ? null : investment.amountWan());
        currency.setValue(investment == null ? "CNY" : investment.currency());
        rateToCny.setValue(investment == null || investment.currency().equals("CNY") ? null
                                                                                     : investment.rateToCny());
        landAreaMu.setValue(shown.landAreaMu());
        floorSpaceM2.setValue(shown.floorSpaceM2());
        expectedAnnualTaxWan.setValue(shown.expectedAnnualTaxWan());
        expectedJobs.setValue(shown.expectedJobs());
        targetZone.setValue(shown.targetZone());
        targetBuilding.setValue(shown.targetBuilding() == null ? "" : shown.targetBuilding());
        perMu.setText(shown.investmentPerMuWan() == null ? ""
                      : getTranslation("lead.numbers.perMu",
                                       BureauFormats.amountWan(shown.investmentPerMuWan(), getLocale())));
        setEnabled(mayChange);
        errors.clear();
    }

    /** The lead's figures as they are, with a new planned investment (万元, CNY) and zone where given. */
    static UpdateLeadNumbersCommand update(LeadDetail lead, BigDecimal investmentWan, TargetZone zone) {
        PlannedInvestment now = lead.plannedInvestment();
        boolean newInvestment = investmentWan != null;
        return new UpdateLeadNumbersCommand(
                lead.leadId(), newInvestment ? investmentWan : now == null ? null : now.amountWan(),
                newInvestment || now == null ? null : now.currency(),
                newInvestment || now == null || now.currency().equals("CNY") ? null : now.rateToCny(),
                lead.landAreaMu(), lead.floorSpaceM2(), lead.expectedAnnualTaxWan(), lead.expectedJobs(),
                zone != null ? zone : lead.targetZone(), lead.targetBuilding(), null);
    }
}
