package org.zhaoshang.crm.importing.values;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days as sheets write them: 2026-03-05, 2026/3/5, 2026.3.5, 20260305, 2026年3月5日, 2026年3月 (the 1st), 5 Mar 2026,
 * March 5, 2026, 05-Mar-2026. Day-first and month-first numbers (05/03/2026) are refused: they cannot be told apart.
 */
public final class Dates {

    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:[-/.月]\\s*(\\d{1,2})\\s*日?|月)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final List<DateTimeFormatter> ENGLISH = List.of(
            formatter("d MMM uuuu"), formatter("d MMMM uuuu"), formatter("MMM d uuuu"), formatter("MMMM d uuuu"),
            formatter("d-MMM-uuuu"), formatter("d-MMM-uu"));

    private Dates() {
    }

    /**
     * @throws IllegalArgumentException with the reason, for a text that is no day
     */
    public static LocalDate read(String text) {
        String day = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        try {
            Matcher compact = COMPACT.matcher(day);
            if (compact.matches()) {
                return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                                    Integer.parseInt(compact.group(3)));
            }
            Matcher yearFirst = YEAR_FIRST.matcher(day);
            if (yearFirst.matches()) {
                return LocalDate.of(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)),
                                    yearFirst.group(3) == null ? 1 : Integer.parseInt(yearFirst.group(3)));
            }
        } catch (DateTimeException impossible) {
            throw new IllegalArgumentException("no such day");
        }
        if (day.matches("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}")) {
            throw new IllegalArgumentException("day and month cannot be told apart: write 2026-03-05");
        }
        String words = day.replace(",", " ").replace(".", " ").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter formatter : ENGLISH) {
            try {
                return LocalDate.parse(words, formatter);
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        throw new IllegalArgumentException("not a day");
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                                             .toFormatter(Locale.ENGLISH);
    }
}
