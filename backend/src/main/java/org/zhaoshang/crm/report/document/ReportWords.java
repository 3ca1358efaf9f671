package org.zhaoshang.crm.report.document;

import org.zhaoshang.crm.supervision.api.query.LightReason;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The reports' words in one language, from {@code report/report*.properties}: fixed texts, enum values by name,
 * days and months as the language writes them.
 */
final class ReportWords {

    private final ReportLanguage language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;

    ReportWords(ReportLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("report/report", language.locale(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.day = DateTimeFormatter.ofPattern(bundle.getString("day.pattern"), language.locale());
        this.month = DateTimeFormatter.ofPattern(bundle.getString("month.pattern"), language.locale());
    }

    ReportLanguage language() {
        return language;
    }

    /** The text of a key, its {0}, {1}… filled with the arguments as they are written. */
    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] written = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            written[i] = arguments[i] == null ? "" : String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern, language.locale()).format(written);
    }

    /** An enum value's word: {@code light.RED} is 红灯. */
    String of(String prefix, Enum<?> value) {
        return value == null ? "" : text(prefix + "." + value.name());
    }

    String day(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    String month(YearMonth yearMonth) {
        return month.format(yearMonth);
    }

    /** A market's name; also the {@code *} of every market and the empty value of leads without one. */
    String market(String value) {
        String key = "market." + (value == null ? "" : value);
        return bundle.containsKey(key) ? text(key) : value;
    }

    String reason(LightReason reason) {
        String subject = reason.kind() == LightReason.Kind.MILESTONE_OVERDUE && reason.subject() != null
                         ? milestone(reason.subject()) : reason.subject();
        return text("reason." + reason.kind().name(), reason.days(), subject);
    }

    String reasons(Iterable<LightReason> reasons) {
        return StreamSupport.stream(reasons.spliterator(), false).map(this::reason)
                            .collect(Collectors.joining(language == ReportLanguage.ZH ? "；" : "; "));
    }

    /** Between the parts of a phrase: a Chinese comma, or a comma and a space. */
    String separator() {
        return language == ReportLanguage.ZH ? "，" : ", ";
    }

    /** The header texts of the columns named, each under the key {@code prefix + name}. */
    List<String> headers(String prefix, String... names) {
        return Arrays.stream(names).map(name -> text(prefix + name)).toList();
    }

    /** The section number {@code n} as the language counts them (三, four as 4). */
    String number(int n) {
        return text("number." + n);
    }

    private String milestone(String name) {
        String key = "milestone." + name;
        return bundle.containsKey(key) ? text(key) : name;
    }
}
