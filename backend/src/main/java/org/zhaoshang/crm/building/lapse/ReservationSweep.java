package org.zhaoshang.crm.building.lapse;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.building.api.command.ReleaseReservationCommand;
import org.zhaoshang.crm.building.api.value.ReservationEnd;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.projection.ProjectionRebuilds;
import org.zhaoshang.crm.projection.ReadModelSweep;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Every {@code zhaoshang.space.lapse-check} (0: never) ends the reservations whose last day has passed (EXPIRED) and
 * those whose lead is lost (LEAD_LOST: the loss came while the index did not know the reservation yet). Every node may
 * sweep: the building passes over a reservation ended already. While the read models are rebuilt it waits: the index
 * is half-built then.
 */
@Component
class ReservationSweep extends ReadModelSweep {

    private final Clock clock;
    private final ReservationIndex reservations;
    private final ProjectLeads leads;
    private final CommandGateway commands;

    ReservationSweep(Clock clock, @Value("${zhaoshang.space.lapse-check:15m}") Duration every,
                     ReservationIndex reservations, ProjectLeads leads, CommandGateway commands,
                     ProjectionRebuilds projections) {
        super("reservations-lapsing", "zhaoshang.space.lapse-check", every, projections);
        this.clock = clock;
        this.reservations = reservations;
        this.leads = leads;
        this.commands = commands;
    }

    /** One sweep at the clock's day; answers how many reservations it asked to end. */
    @Override
    protected int sweepOnce() {
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
}
