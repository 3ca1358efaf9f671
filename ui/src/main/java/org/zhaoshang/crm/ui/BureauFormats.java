package org.zhaoshang.crm.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the bureau reads dates: in China Standard Time, in the user's language. */
public final class BureauFormats {

    public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    private BureauFormats() {
    }

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(locale)
                                .withZone(BUREAU_ZONE)
                                .format(instant);
    }
}
