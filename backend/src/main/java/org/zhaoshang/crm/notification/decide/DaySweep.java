package org.zhaoshang.crm.notification.decide;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.projection.ProjectionRebuilds;
import org.zhaoshang.crm.projection.ProjectionStatus;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Every {@code zhaoshang.notifications.sweep-every} (0: never) decides the notices of the bureau's day: follow-ups due
 * and overdue, red lights and red problems each time, leads without contact at most once an hour (their silence grows
 * by days; a lead imported or reopened silent is told within the hour). Every node may sweep: a
 * notice's reason makes it one. While the read models are rebuilt it waits: half-built, they would tell of lights that
 * are not.
 */
@Component
class DaySweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DaySweep.class);
    private static final Duration FIRST_AFTER = Duration.ofMinutes(1);
    private static final Duration SILENCE_EVERY = Duration.ofHours(1);

    private final Clock clock;
    private final Duration every;
    private final NoticePosting posting;
    private final ProjectionRebuilds projections;
    private final List<BiFunction<LocalDate, Instant, List<Notice>>> everySweep;
    private final SilenceNotices silence;
    private volatile Instant silenceToldAt;
    private ScheduledExecutorService scheduler;

    DaySweep(Clock clock, @Value("${zhaoshang.notifications.sweep-every:15m}") Duration every, NoticePosting posting,
             ProjectionRebuilds projections, FollowUpNotices followUps, RedLightNotices redLights,
             RedProblemNotices redProblems, SilenceNotices silence) {
        if (every.isNegative() || !every.isZero() && every.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("zhaoshang.notifications.sweep-every must be 0 (never) or 10s or more");
        }
        this.clock = clock;
        this.every = every;
        this.posting = posting;
        this.projections = projections;
        this.everySweep = List.of(followUps::decide, redLights::decide, redProblems::decide);
        this.silence = silence;
    }

    /** One sweep at the clock's day; answers how many notices it decided. */
    int sweep() {
        if (projections.statuses().projections().stream().anyMatch(ProjectionStatus::rebuilding)) {
            log.info("Notices of the day: the read models are being rebuilt; the next sweep decides them");
            return 0;
        }
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

    private void sweepLogged() {
        try {
            sweep();
        } catch (RuntimeException failed) {
            log.warn("Notices of the day could not be decided now; the next sweep tries again", failed);
        }
    }

    @Override
    public synchronized void start() {
        if (every.isZero() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "notices-of-the-day");
            thread.setDaemon(true);
            return thread;
        });
        long first = Math.min(FIRST_AFTER.toMillis(), every.toMillis());
        scheduler.scheduleWithFixedDelay(this::sweepLogged, first, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
