package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import org.zhaoshang.crm.shared.api.FieldViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a form by the names the backend's violations use: shows each violation at its field in the user's
 * language (the most specific translation of its rule, else the backend's words) and hands back those no field takes.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Runnable whenMarked = () -> { };

    public FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Runs this each time violations mark a field of this form (for a form that also says so in a notice). */
    public FieldErrors whenMarked(Runnable notice) {
        whenMarked = notice;
        return this;
    }

    /** Marks the fields the violations name; the violations that name no field of this form. */
    public List<FieldViolation> show(List<FieldViolation> violations) {
        clear();
        List<FieldViolation> elsewhere = new ArrayList<>();
        for (FieldViolation violation : violations) {
            HasValidation field = fields.get(violation.field());
            if (field == null) {
                elsewhere.add(violation);
            } else {
                field.setErrorMessage(message(violation, UI.getCurrent().getLocale()));
                field.setInvalid(true);
            }
        }
        if (elsewhere.size() < violations.size()) {
            whenMarked.run();
        }
        return elsewhere;
    }

    /**
     * False when a field holds what it cannot read, a date typed that is not one: the field says so and the form
     * sends nothing (an empty date would reach the command's rules, which would blame something else).
     */
    public boolean readable() {
        boolean readable = true;
        for (HasValidation field : fields.values()) {
            if (field instanceof BureauDatePicker date && date.hasBadInput()) {
                date.setErrorMessage(date.getTranslation("date.notADate"));
                date.setInvalid(true);
                readable = false;
            }
        }
        return readable;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    public static String message(FieldViolation violation, Locale locale) {
        return Translations.first(locale, "rule." + violation.field() + "." + violation.rule(),
                                  "rule." + violation.rule())
                           .orElse(violation.message());
    }
}
