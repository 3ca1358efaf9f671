package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.AmbassadorPicker;
import org.zhaoshang.crm.lead.api.value.Channel;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.ui.FieldErrors;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/** The new-lead form. It only fires events; the view turns them into commands and reports rejections back. */
public class LeadForm extends VerticalLayout {

    final TextField companyNameEn = new TextField();
    final TextField companyNameZh = new TextField();
    /** Other leads whose company has the name typed: a company courted twice is work done twice. */
    final Span duplicates = new Span();
    final ComboBox<SourceMarket> market = new ComboBox<>();
    final ComboBox<Channel> channel = new ComboBox<>();
    /** Hidden for ambassadors and partners: their leads are credited to themselves. */
    final AmbassadorPicker introducedBy;
    final DatePicker identifiedOn = new BureauDatePicker();
    final Button save = new Button();
    final Button cancel = new Button();
    private final FieldErrors errors = new FieldErrors().field("companyNameEn", companyNameEn)
                                                            .field("companyNameZh", companyNameZh)
                                                            .field("companyName", companyNameEn)
                                                            .field("market", market);

    public LeadForm(AmbassadorPicker introducedBy, boolean creditedToAuthor) {
        this.introducedBy = introducedBy;
        addClassName("lead-form");
        setWidth("22rem");
        setMaxWidth("100%");
        companyNameEn.setLabel(getTranslation("lead.form.companyNameEn"));
        companyNameZh.setLabel(getTranslation("lead.form.companyNameZh"));
        companyNameEn.setMaxLength(Violations.MAX_NAME_LENGTH);
        companyNameZh.setMaxLength(Violations.MAX_NAME_LENGTH);
        market.setLabel(getTranslation("lead.form.market"));
        market.setRequiredIndicatorVisible(true);
        market.setItems(SourceMarket.values());
        market.setItemLabelGenerator(value -> getTranslation("market." + value.name()));
        market.setRequiredIndicatorVisible(true);
        channel.setLabel(getTranslation("lead.form.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(value -> getTranslation("channel." + value.name()));
        channel.setClearButtonVisible(true);
        introducedBy.setLabel(getTranslation("lead.form.introducedBy"));
        introducedBy.setVisible(!creditedToAuthor);
        identifiedOn.setLabel(getTranslation("lead.form.identifiedOn"));
        identifiedOn.setHelperText(getTranslation("lead.form.identifiedOn.help"));
        identifiedOn.setMax(LocalDate.now(BureauTime.ZONE));
        errors.field("channel", channel).field("introducedBy", introducedBy).field("identifiedOn", identifiedOn);
        save.setText(getTranslation("lead.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> fireEvent(new SaveEvent(this, draft())));
        cancel.setText(getTranslation("lead.form.cancel"));
        cancel.addClickListener(click -> clear());

        companyNameEn.setValueChangeMode(ValueChangeMode.LAZY);
        companyNameZh.setValueChangeMode(ValueChangeMode.LAZY);
        duplicates.addClassName("duplicate-warning");
        duplicates.setVisible(false);
        FormLayout fields = new FormLayout(companyNameEn, companyNameZh, duplicates, market, channel,
                                           introducedBy, identifiedOn);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H3(getTranslation("lead.form.title")), fields, new HorizontalLayout(save, cancel));
        setPadding(false);
    }

    /** Calls back with the names typed, whenever one changes (for the duplicate-name check). */
    void onNamesChanged(BiConsumer<String, String> names) {
        companyNameEn.addValueChangeListener(change -> names.accept(companyNameEn.getValue(),
                                                                     companyNameZh.getValue()));
        companyNameZh.addValueChangeListener(change -> names.accept(companyNameEn.getValue(),
                                                                     companyNameZh.getValue()));
    }

    /** Warns of other leads of the same company (by their names); none: no warning. */
    void showDuplicates(List<String> companies) {
        duplicates.setVisible(!companies.isEmpty());
        duplicates.setText(companies.isEmpty() ? ""
                           : getTranslation("lead.form.duplicates", companies.size(), String.join(
                                   getTranslation("list.separator"), companies)));
    }

    LeadDraft draft() {
        return new LeadDraft(companyNameEn.getValue(), companyNameZh.getValue(), market.getValue(), channel.getValue(),
                             introducedBy.ambassadorId(), identifiedOn.getValue());
    }

    public void clear() {
        showDuplicates(List.of());
        companyNameEn.clear();
        companyNameZh.clear();
        market.clear();
        channel.clear();
        introducedBy.clear();
        identifiedOn.clear();
        clearViolations();
    }

    FieldErrors errors() {
        return errors;
    }

    public void showViolations(List<FieldViolation> violations) {
        errors.show(violations);
    }

    private void clearViolations() {
        errors.clear();
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<LeadForm> {

        private final LeadDraft draft;

        SaveEvent(LeadForm source, LeadDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public LeadDraft draft() {
            return draft;
        }
    }
}
