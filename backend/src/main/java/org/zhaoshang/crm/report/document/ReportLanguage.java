package org.zhaoshang.crm.report.document;

import org.zhaoshang.crm.shared.api.Violations;

import java.util.List;
import java.util.Locale;

/** The languages a report is written in: Chinese (the bureau's) and English. */
public enum ReportLanguage {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language a {@code lang} parameter names ({@code zh} or {@code en}); a 400 on {@code lang} otherwise. */
    public static ReportLanguage named(String parameter) {
        ReportLanguage language = null;
        for (ReportLanguage candidate : values()) {
            if (parameter != null && candidate.code().equalsIgnoreCase(parameter.strip())) {
                language = candidate;
            }
        }
        new Violations().check(language != null, "lang", "one-of", "must be one of zh, en").throwIfAny();
        return language;
    }

    /** The language of a user's settings or of an {@code Accept-Language} header: English when it says so. */
    public static ReportLanguage preferred(String languageOrHeader) {
        if (languageOrHeader == null || languageOrHeader.isBlank()) {
            return ZH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(languageOrHeader),
                                          List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.ENGLISH));
            return chosen != null && chosen.getLanguage().equals("en") ? EN : ZH;
        } catch (IllegalArgumentException unreadable) {
            return ZH;
        }
    }
}
