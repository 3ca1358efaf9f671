package org.zhaoshang.crm.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the bureau writes amounts and dates, in the user's language. */
public final class BureauFormats {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);
    private static final BigDecimal WAN_PER_MILLION = BigDecimal.valueOf(100);
    private static final BigDecimal WAN_PER_BILLION = BigDecimal.valueOf(100_000);

    private BureauFormats() {
    }

    /**
     * An amount of CNY given in 万元, as a bureau writes it: 1,104 万元 or 8.5 亿元 in Chinese; CNY 11.04 million or
     * CNY 1.5 billion in English.
     */
    public static String amountWan(BigDecimal wan, Locale locale) {
        if (locale.getLanguage().equals("zh")) {
            return wan.abs().compareTo(WAN_PER_YI) >= 0
                   ? number(wan.divide(WAN_PER_YI), locale) + " 亿元"
                   : number(wan, locale) + " 万元";
        }
        return wan.abs().compareTo(WAN_PER_BILLION) >= 0
               ? "CNY " + number(wan.divide(WAN_PER_BILLION), locale) + " billion"
               : "CNY " + number(wan.divide(WAN_PER_MILLION), locale) + " million";
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

}
