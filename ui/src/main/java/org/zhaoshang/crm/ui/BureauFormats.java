package org.zhaoshang.crm.ui;

import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the bureau reads dates: in China Standard Time, in the user's language. */
public final class BureauFormats {

    private BureauFormats() {
    }

    private static final DateTimeFormatter CHINESE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
                                                                                           Locale.ENGLISH);

    /** 2026-11-27 10:42 in Chinese, as bureau documents write it; 27 Nov 2026, 10:42 in English. */
    public static String dateTime(Instant instant, Locale locale) {
        DateTimeFormatter format = locale.getLanguage().equals("zh") ? CHINESE_DATE_TIME : ENGLISH_DATE_TIME;
        return format.withZone(BureauTime.ZONE).format(instant);
    }
}
