package org.zhaoshang.crm.ui;

import org.zhaoshang.crm.shared.api.WanAmounts;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.text.NumberFormat;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** How the bureau writes amounts and dates, in the user's language. */
public final class BureauFormats {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private BureauFormats() {
    }

    /**
     * An amount of CNY given in 万元, as a bureau writes it: 1,104 万元 or 8.5 亿元 in Chinese; CNY 11.04 million or
     * CNY 1.5 billion in English.
     */
    public static String amountWan(BigDecimal wan, Locale locale) {
        return WanAmounts.written(wan, locale);
    }

    /** Floor space as bureaus write it: 12,000 m² (none: 0 m²). */
    public static String area(BigDecimal squareMetres, Locale locale) {
        return number(squareMetres == null ? BigDecimal.ZERO : squareMetres, locale) + " m²";
    }

    private static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** 2026-11-27 in Chinese, as bureau documents write it; 27 Nov 2026 in English. */
    public static String date(LocalDate date, Locale locale) {
        return (locale.getLanguage().equals("zh") ? CHINESE_DATE : ENGLISH_DATE).format(date);
    }

    /** A moment as the bureau's clock showed it: 2026-11-27 09:30, or 27 Nov 2026 09:30. */
    public static String moment(Instant at, Locale locale) {
        ZonedDateTime local = at.atZone(BureauTime.ZONE);
        return date(local.toLocalDate(), locale) + " " + CLOCK.format(local);
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** Longer than any way of writing a date: not read at all. */
    private static final int LONGEST_DATE = 40;
    /** Year first: the same in both languages, never mistaken. */
    private static final List<DateTimeFormatter> YEAR_FIRST = readers(
            "uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日", "uuuu年M月d号", "uuuuMMdd");
    /** Day before month, as the UK writes it; a month by its name (Dec 5, 2026 cannot be mistaken either). */
    private static final List<DateTimeFormatter> ENGLISH_DAY_FIRST = readers(
            "d MMM uuuu", "d MMMM uuuu", "MMM d, uuuu", "MMMM d, uuuu", "d/M/uuuu", "d/M/uu", "d.M.uuuu",
            "d-M-uuuu");
    private static final List<DateTimeFormatter> ENGLISH_THIS_YEAR = readers("d/M", "d MMM", "d MMMM");
    private static final List<DateTimeFormatter> CHINESE_THIS_YEAR = readers("M月d日", "M月d号");

    /**
     * The day a user typed, read as their language writes it: ISO and other year-first forms (2026-12-05,
     * 2026/12/5, 2026年12月5日) in both; in English also 5 Dec 2026 and 05/12/2026, day before month as the UK writes
     * it (never the US order, which could be mistaken); without a year ({@code 4/12}, 12月5日) a day of
     * {@code today}'s year. Full-width digits as a Chinese input method types them are read too. Empty when it is not
     * a date.
     */
    public static Optional<LocalDate> readDate(String typed, Locale locale, LocalDate today) {
        if (typed == null || typed.length() > LONGEST_DATE) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                                .replaceAll(" ?([年月日号]) ?", "$1");
        boolean chinese = locale.getLanguage().equals("zh");
        Optional<LocalDate> withYear = Stream.concat(YEAR_FIRST.stream(),
                                                     chinese ? Stream.empty() : ENGLISH_DAY_FIRST.stream())
                                             .flatMap(format -> parsed(text, format)).findFirst();
        if (withYear.isPresent()) {
            return withYear;
        }
        return (chinese ? CHINESE_THIS_YEAR : ENGLISH_THIS_YEAR).stream()
                .flatMap(format -> {
                    try {
                        return Stream.of(MonthDay.parse(text, format));
                    } catch (DateTimeException notThisForm) {
                        return Stream.empty();
                    }
                })
                .filter(day -> day.isValidYear(today.getYear())).map(day -> day.atYear(today.getYear())).findFirst();
    }

    private static Stream<LocalDate> parsed(String text, DateTimeFormatter format) {
        try {
            return Stream.of(LocalDate.parse(text, format));
        } catch (DateTimeException notThisForm) {
            return Stream.empty();
        }
    }

    private static List<DateTimeFormatter> readers(String... patterns) {
        return Stream.of(patterns).map(pattern -> new DateTimeFormatterBuilder().parseCaseInsensitive()
                                                                                .appendPattern(pattern)
                                                                                .toFormatter(Locale.ENGLISH)
                                                                                .withResolverStyle(ResolverStyle.STRICT))
                     .toList();
    }
}
