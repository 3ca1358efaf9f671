package org.zhaoshang.crm.shared.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The bureau's calendar: dates of events are days in China Standard Time. */
public final class BureauTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BureauTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
