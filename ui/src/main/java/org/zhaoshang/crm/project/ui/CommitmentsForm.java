package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.project.api.value.Commitments;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.PromisedDay;
import org.zhaoshang.crm.project.api.value.Tranche;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.FieldErrors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an agreement promises, as a form: the kind (which milestones it promises), registered capital and total
 * investment (in 万 of the agreement's currency, at the rate it was recorded with), the capital schedule, the day of
 * each milestone of the kind, tax and jobs at full production, 亩, m², zone and building. Violations show at their
 * fields under the names the backend gives them, after {@code prefix}.
 */
final class CommitmentsForm extends FormLayout {

    final Select<ProjectKind> kind = new Select<>();
    final BigDecimalField registeredCapital = new BigDecimalField();
    final BigDecimalField totalInvestment = new BigDecimalField();
    final BigDecimalField annualTaxWan = new BigDecimalField();
    final IntegerField jobs = new IntegerField();
    final BigDecimalField landAreaMu = new BigDecimalField();
    final BigDecimalField floorSpaceM2 = new BigDecimalField();
    final ComboBox<TargetZone> zone = new ComboBox<>();
    final TextField building = new TextField();
    final Map<Milestone, BureauDatePicker> promisedDays = new EnumMap<>(Milestone.class);
    final List<TrancheRow> tranches = new ArrayList<>();
    private final Div schedule = new Div();
    private final PlannedInvestment registeredAsBefore;
    private final PlannedInvestment totalAsBefore;
    private final ProjectWords words;
    final FieldErrors errors = new FieldErrors();

    /** A tranche of the schedule: its day and amount. */
    record TrancheRow(BureauDatePicker dueOn, BigDecimalField amountWan, HorizontalLayout row) {
    }

    CommitmentsForm(Commitments shown, ProjectWords words, String prefix) {
        this.words = words;
        addClassName("commitments-form");
        registeredAsBefore = shown == null ? null : shown.registeredCapital();
        totalAsBefore = shown == null ? null : shown.totalInvestment();
        kind.setLabel(words.t("project.commitments.kind"));
        kind.setItems(ProjectKind.values());
        kind.setItemLabelGenerator(value -> words.t("project.kind." + value.name()));
        registeredCapital.setLabel(moneyLabel("project.commitments.registeredCapital", registeredAsBefore));
        totalInvestment.setLabel(moneyLabel("project.commitments.totalInvestment", totalAsBefore));
        annualTaxWan.setLabel(words.t("project.commitments.annualTaxWan"));
        jobs.setLabel(words.t("project.commitments.jobs"));
        landAreaMu.setLabel(words.t("project.commitments.landAreaMu"));
        floorSpaceM2.setLabel(words.t("project.commitments.floorSpaceM2"));
        zone.setLabel(words.t("project.commitments.zone"));
        zone.setItems(TargetZone.values());
        zone.setItemLabelGenerator(value -> words.t("zone." + value.name()));
        building.setLabel(words.t("project.commitments.building"));
        for (Milestone milestone : Milestone.values()) {
            BureauDatePicker day = new BureauDatePicker();
            day.addClassName("promised-" + milestone.name().toLowerCase(java.util.Locale.ROOT));
            promisedDays.put(milestone, day);
        }
        Button addTranche = new Button(words.t("project.commitments.addTranche"), click -> addTranche(null));
        addTranche.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div scheduleTitle = new Div(words.t("project.commitments.schedule"));
        scheduleTitle.addClassName("commitments-schedule-title");
        Div scheduleBlock = new Div(scheduleTitle, schedule, addTranche);
        add(kind, registeredCapital, totalInvestment, annualTaxWan, jobs, landAreaMu, floorSpaceM2, zone, building);
        promisedDays.values().forEach(this::add);
        add(scheduleBlock, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
        kind.addValueChangeListener(change -> fit(change.getValue()));
        errors.field(prefix + "kind", kind).field(prefix + "registeredCapital.amountWan", registeredCapital)
              .field(prefix + "totalInvestment.amountWan", totalInvestment)
              .field(prefix + "annualTaxWan", annualTaxWan).field(prefix + "jobs", jobs)
              .field(prefix + "landAreaMu", landAreaMu).field(prefix + "floorSpaceM2", floorSpaceM2)
              .field(prefix + "building", building);
        if (shown != null) {
            kind.setValue(shown.kind());
            registeredCapital.setValue(shown.registeredCapital() == null ? null
                                       : shown.registeredCapital().amountWan());
            totalInvestment.setValue(shown.totalInvestment() == null ? null : shown.totalInvestment().amountWan());
            annualTaxWan.setValue(shown.annualTaxWan());
            jobs.setValue(shown.jobs());
            landAreaMu.setValue(shown.landAreaMu());
            floorSpaceM2.setValue(shown.floorSpaceM2());
            zone.setValue(shown.zone());
            building.setValue(shown.building() == null ? "" : shown.building());
            shown.promisedDays().forEach(day -> promisedDays.get(day.milestone()).setValue(day.dueOn()));
            shown.capitalSchedule().forEach(this::addTranche);
        } else {
            kind.setValue(ProjectKind.OFFICE);
        }
    }

    private String moneyLabel(String key, PlannedInvestment before) {
        String currency = before == null || before.currency() == null ? "CNY" : before.currency();
        return currency.equals("CNY") ? words.t(key) + words.t("project.unit.wan")
                                      : words.t(key) + words.t("project.unit.wanOf", currency);
    }

    /** The days of the kind's milestones, labelled as the kind calls them, in the chain's order. */
    private void fit(ProjectKind chosen) {
        if (chosen == null) {
            return;
        }
        promisedDays.forEach((milestone, day) -> {
            day.setVisible(chosen.has(milestone));
            day.setLabel(words.t("project.commitments.promised", words.milestone(milestone, chosen)));
        });
    }

    private void addTranche(Tranche tranche) {
        BureauDatePicker dueOn = new BureauDatePicker(words.t("project.commitments.trancheDue"));
        BigDecimalField amount = new BigDecimalField(words.t("project.commitments.trancheAmount"));
        HorizontalLayout row = new HorizontalLayout(dueOn, amount);
        row.addClassName("tranche-row");
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        TrancheRow added = new TrancheRow(dueOn, amount, row);
        Button remove = new Button(words.t("project.commitments.removeTranche"), click -> {
            tranches.remove(added);
            schedule.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        if (tranche != null) {
            dueOn.setValue(tranche.dueOn());
            amount.setValue(tranche.amountWan());
        }
        tranches.add(added);
        schedule.add(row);
    }

    /** The commitments as the fields give them. */
    Commitments commitments() {
        ProjectKind chosen = kind.getValue();
        List<PromisedDay> days = new ArrayList<>();
        promisedDays.forEach((milestone, day) -> {
            if (chosen != null && chosen.has(milestone) && day.getValue() != null) {
                days.add(new PromisedDay(milestone, day.getValue()));
            }
        });
        List<Tranche> schedule = tranches.stream().map(row -> new Tranche(row.dueOn().getValue(),
                                                                          row.amountWan().getValue())).toList();
        return new Commitments(chosen, money(registeredCapital.getValue(), registeredAsBefore),
                               money(totalInvestment.getValue(), totalAsBefore), schedule, days,
                               annualTaxWan.getValue(), jobs.getValue(), landAreaMu.getValue(),
                               floorSpaceM2.getValue(), zone.getValue(), Texts.stripped(building.getValue()));
    }

    /** An amount in the currency it was agreed in, at the rate recorded then (CNY when new). */
    private static PlannedInvestment money(BigDecimal amountWan, PlannedInvestment before) {
        if (amountWan == null) {
            return null;
        }
        return before == null || before.currency() == null || before.currency().equals("CNY")
               ? new PlannedInvestment(amountWan, "CNY", null, null)
               : new PlannedInvestment(amountWan, before.currency(), before.rateToCny(), null);
    }
}
