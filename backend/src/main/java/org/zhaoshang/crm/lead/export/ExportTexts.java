package org.zhaoshang.crm.lead.export;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The texts of an export made through the API: the UI's bundles ({@code vaadin-i18n/translations*.properties}, on
 * the application's class path), so that the API's file reads as the view's. Chinese unless the caller asks for
 * English ({@code Accept-Language}); a key without a text stays the key.
 */
public final class ExportTexts {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private ExportTexts() {
    }

    /** The texts for an {@code Accept-Language} header (null: Chinese). */
    public static Function<String, String> forAcceptLanguage(String acceptLanguage) {
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        try {
            if (acceptLanguage != null && !acceptLanguage.isBlank()) {
                Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
                locale = chosen == null ? locale : chosen;
            }
        } catch (IllegalArgumentException unreadable) {
            // a header that is not a language list: the default language
        }
        return forLocale(locale);
    }

    static Function<String, String> forLocale(Locale locale) {
        ResourceBundle bundle;
        try {
            // no fallback to the JVM's language: the base bundle is the Chinese one
            bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException noBundle) {
            return key -> key;
        }
        return key -> bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
