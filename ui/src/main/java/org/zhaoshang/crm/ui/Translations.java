package org.zhaoshang.crm.ui;

import org.zhaoshang.crm.shared.problem.Problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/** Lookups in the UI's bundles (vaadin-i18n/translations*.properties) for texts that may have no translation. */
public final class Translations {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Translations() {
    }

    /** The translation of the first of {@code keys} that has one. */
    public static Optional<String> first(Locale locale, String... keys) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return Stream.of(keys).filter(bundle::containsKey).findFirst().map(bundle::getString);
    }

    /** What a problem means in the user's language: its translation (with its arguments), else the backend's words. */
    public static String of(Problem problem, Locale locale) {
        return first(locale, problem.messageKey())
                .map(text -> problem.arguments().isEmpty() ? text
                             : new MessageFormat(text, locale).format(problem.arguments().toArray()))
                .orElse(problem.detail());
    }
}
