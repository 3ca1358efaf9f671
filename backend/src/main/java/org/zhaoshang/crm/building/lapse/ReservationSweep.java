package org.zhaoshang.crm.building.lapse;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.building.api.command.ReleaseReservationCommand;
import org.zhaoshang.crm.building.api.value.ReservationEnd;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.projection.ProjectionRebuilds;
import org.zhaoshang.crm.projection.ProjectionStatus;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every {@code zhaoshang.space.lapse-check} (0: never) ends the reservations whose last day has passed (EXPIRED) and
 * those whose lead is lost (LEAD_LOST: the loss came while the index did not know the reservation yet). Every node may
 * sweep: the building passes over a reservation ended already. While the read models are rebuilt it waits: the index
 * is half-built then.
 */
@Component
class ReservationSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReservationSweep.class);
    private static final Duration FIRST_AFTER = Duration.ofMinutes(1);

    private final Clock clock;
    private final Duration every;
    private final ReservationIndex reservations;
    private final ProjectLeads leads;
    private final CommandGateway commands;
    private final ProjectionRebuilds projections;
    private ScheduledExecutorService scheduler;

    ReservationSweep(Clock clock, @Value("${zhaoshang.space.lapse-check:15m}") Duration every,
                     ReservationIndex reservations, ProjectLeads leads, CommandGateway commands,
                     ProjectionRebuilds projections) {
        if (every.isNegative() || !every.isZero() && every.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("zhaoshang.space.lapse-check must be 0 (never) or 10s or more");
        }
        this.clock = clock;
        this.every = every;
        this.reservations = reservations;
        this.leads = leads;
        this.commands = commands;
        this.projections = projections;
    }

    /** One sweep at the clock's day; answers how many reservations it asked to end. */
    int sweep() {
        if (projections.statuses().projections().stream().anyMatch(ProjectionStatus::rebuilding)) {
            log.info("Reservations lapsing: the read models are being rebuilt; the next sweep ends them");
            return 0;
        }
        LocalDate today = BureauTime.today(clock);
        int ended = 0;
        for (ReservationIndex.Reservation reservation : reservations.all()) {
            ReservationEnd reason = reservation.until().isBefore(today) ? ReservationEnd.EXPIRED
                    : leads.now(reservation.leadId()).status() == LeadStatus.LOST ? ReservationEnd.LEAD_LOST : null;
            if (reason != null) {
                BuildingReactions.send(commands, new ReleaseReservationCommand(
                        reservation.buildingId(), reservation.unitId(), reservation.leadId(), reason, null),
                                       Actor.SYSTEM);
                ended++;
            }
        }
        return ended;
    }

    private void sweepLogged() {
        try {
            sweep();
        } catch (RuntimeException failed) {
            log.warn("Reservations could not be lapsed now; the next sweep tries again", failed);
        }
    }

    @Override
    public synchronized void start() {
        if (every.isZero() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "reservations-lapsing");
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
