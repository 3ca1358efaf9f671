package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

import java.util.List;
import java.util.Locale;

/** Chinese or English for this session; the page reloads in the chosen language. */
public class LanguageSwitch extends Select<Locale> {

    public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    public LanguageSwitch() {
        setItems(LANGUAGES);
        setItemLabelGenerator(locale -> locale.getLanguage().equals("zh") ? "中文" : "English");
        setAriaLabel(getTranslation("app.language"));
        setValue(LANGUAGES.stream().filter(locale -> locale.getLanguage().equals(getLocale().getLanguage()))
                          .findFirst().orElse(Locale.SIMPLIFIED_CHINESE));
        addClassName("language-switch");
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                VaadinSession.getCurrent().setLocale(change.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
