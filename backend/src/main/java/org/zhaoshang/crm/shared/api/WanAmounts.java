package org.zhaoshang.crm.shared.api;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of CNY given in 万元, written as a bureau writes it: 1,104 万元 or 8.5 亿元 in Chinese; CNY 11.04 million or
 * CNY 1.5 billion in English. The views and the reports' files write amounts the same way.
 */
public final class WanAmounts {

    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);
    private static final BigDecimal WAN_PER_MILLION = BigDecimal.valueOf(100);
    private static final BigDecimal WAN_PER_BILLION = BigDecimal.valueOf(100_000);

    private WanAmounts() {
    }

    public static String written(BigDecimal wan, Locale locale) {
        if (locale.getLanguage().equals("zh")) {
            return wan.abs().compareTo(WAN_PER_YI) >= 0
                   ? number(wan.divide(WAN_PER_YI), locale) + " 亿元"
                   : number(wan, locale) + " 万元";
        }
        return wan.abs().compareTo(WAN_PER_BILLION) >= 0
               ? "CNY " + number(wan.divide(WAN_PER_BILLION), locale) + " billion"
               : "CNY " + number(wan.divide(WAN_PER_MILLION), locale) + " million";
    }

    private static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
