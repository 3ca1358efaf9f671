package org.zhaoshang.crm.notification.decide;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.projection.ProjectionRebuilds;
import org.zhaoshang.crm.projection.ReadModelSweep;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Every {@code zhaoshang.notifications.sweep-every} (0: never) decides the notices of the bureau's day: follow-ups due
 * and overdue, red lights and red problems each time, leads without contact at most once an hour (their silence grows
 * by days; a lead imported or reopened silent is told within the hour). Every node may sweep: a
 * notice's reason makes it one. While the read models are rebuilt it waits: half-built, they would tell of lights that
 * are not.
 */
@Component
class DaySweep extends ReadModelSweep {

    private static final Logger log = LoggerFactory.getLogger(DaySweep.class);
    private static final Duration SILENCE_EVERY = Duration.ofHours(1);

    private final Clock clock;
    private final NoticePosting posting;
    private final List<BiFunction<LocalDate, Instant, List<Notice>>> everySweep;
    private final SilenceNotices silence;
    private volatile Instant silenceToldAt;

    DaySweep(Clock clock, @Value("${zhaoshang.notifications.sweep-every:15m}") Duration every, NoticePosting posting,
             ProjectionRebuilds projections, FollowUpNotices followUps, RedLightNotices redLights,
             RedProblemNotices redProblems, SilenceNotices silence) {
        super("notices-of-the-day", "zhaoshang.notifications.sweep-every", every, projections);
        this.clock = clock;
        this.posting = posting;
        this.everySweep = List.of(followUps::decide, redLights::decide, redProblems::decide);
        this.silence = silence;
    }

    /** One sweep at the clock's day; answers how many notices it decided. */
    @Override
    protected int sweepOnce() {
        LocalDate today = BureauTime.today(clock);
        Instant now = clock.instant();
        int decided = 0;
        // each part on its own: one that cannot be decided now (its store is away) does not hold up the others
        for (BiFunction<LocalDate, Instant, List<Notice>> part : everySweep) {
            try {
                decided += post(part, today, now);
            } catch (RuntimeException failed) {
                log.warn("Notices of the day: a part could not be decided now; the next sweep tries again", failed);
            }
        }
        if (silenceToldAt == null || !now.isBefore(silenceToldAt.plus(SILENCE_EVERY))) {
            decided += post(silence::decide, today, now);
            silenceToldAt = now;
        }
        return decided;
    }

    private int post(BiFunction<LocalDate, Instant, List<Notice>> part, LocalDate today, Instant now) {
        List<Notice> notices = part.apply(today, now);
        notices.forEach(posting::post);
        return notices.size();
    }
}
