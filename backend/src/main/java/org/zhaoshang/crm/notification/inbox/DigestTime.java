package org.zhaoshang.crm.notification.inbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Instant;
import java.time.ZonedDateTime;

/** The hour of the bureau's day ({@code zhaoshang.notifications.digest-hour}) when the daily digest goes. */
@Component
public class DigestTime {

    private final int hour;

    public DigestTime(@Value("${zhaoshang.notifications.digest-hour:18}") int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("zhaoshang.notifications.digest-hour must be 0 to 23");
        }
        this.hour = hour;
    }

    public int hour() {
        return hour;
    }

    /** The first digest after {@code now}: today's if its hour is still to come, else tomorrow's. */
    public Instant next(Instant now) {
        ZonedDateTime local = now.atZone(BureauTime.ZONE);
        ZonedDateTime today = local.toLocalDate().atTime(hour, 0).atZone(BureauTime.ZONE);
        return (today.isAfter(local) ? today : today.plusDays(1)).toInstant();
    }
}
