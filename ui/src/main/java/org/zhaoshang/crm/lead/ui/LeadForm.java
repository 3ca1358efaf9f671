package org.zhaoshang.crm.lead.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.zhaoshang.crm.lead.api.SourceMarket;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.ui.FieldErrors;

import java.util.List;

/** The new-lead form. It only fires events; the view turns them into commands and reports rejections back. */
public class LeadForm extends VerticalLayout {

    final TextField companyNameEn = new TextField();
    final TextField companyNameZh = new TextField();
    final ComboBox<SourceMarket> market = new ComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();
    private final FieldErrors errors = new FieldErrors().field("companyNameEn", companyNameEn)
                                                            .field("companyNameZh", companyNameZh)
                                                            .field("companyName", companyNameEn)
                                                            .field("market", market);

    public LeadForm() {
        addClassName("lead-form");
        setWidth("22rem");
        setMaxWidth("100%");
        companyNameEn.setLabel(getTranslation("lead.form.companyNameEn"));
        companyNameZh.setLabel(getTranslation("lead.form.companyNameZh"));
        companyNameEn.setMaxLength(Violations.MAX_NAME_LENGTH);
        companyNameZh.setMaxLength(Violations.MAX_NAME_LENGTH);
        market.setLabel(getTranslation("lead.form.market"));
        market.setItems(SourceMarket.values());
        market.setItemLabelGenerator(value -> getTranslation("market." + value.name()));
        market.setRequiredIndicatorVisible(true);
        save.setText(getTranslation("lead.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> fireEvent(new SaveEvent(this, draft())));
        cancel.setText(getTranslation("lead.form.cancel"));
        cancel.addClickListener(click -> clear());

        FormLayout fields = new FormLayout(companyNameEn, companyNameZh, market);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H3(getTranslation("lead.form.title")), fields, new HorizontalLayout(save, cancel));
        setPadding(false);
    }

    LeadDraft draft() {
        return new LeadDraft(companyNameEn.getValue(), companyNameZh.getValue(), market.getValue());
    }

    public void clear() {
        companyNameEn.clear();
        companyNameZh.clear();
        market.clear();
        clearViolations();
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
