package org.zhaoshang.crm.building.lapse;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.building.api.UnitLetEvent;
import org.zhaoshang.crm.building.api.command.ReleaseReservationCommand;
import org.zhaoshang.crm.building.api.value.ReservationEnd;
import org.zhaoshang.crm.lead.api.LeadLostEvent;
import org.zhaoshang.crm.project.api.command.RecordStageMilestoneCommand;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProgressOrigin;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Keeps buildings, leads and signed projects in step, as the application in the name of whoever caused it:
 * <ul>
 * <li>a lead lost ends every reservation for it (LEAD_LOST); one the index does not know yet is ended by the next
 * {@link ReservationSweep};</li>
 * <li>a unit let to a tenant with a signed project records the project's "moved in" milestone (the let's day) for
 * verification, under an id made of the building, the unit and the let's sequence: a replay or a second node records
 * nothing twice, and a project that has the milestone already records none.</li>
 * </ul>
 * Its own processor (not a read model: a rebuild of the read models does not replay it). A refusal is logged and
 * passed over: retrying would not change it.
 */
@Component
@ProcessingGroup(BuildingReactions.PROCESSING_GROUP)
class BuildingReactions {

    static final String PROCESSING_GROUP = "building-reactions";
    private static final Logger log = LoggerFactory.getLogger(BuildingReactions.class);

    private final CommandGateway commands;
    private final ReservationIndex reservations;

    BuildingReactions(CommandGateway commands, ReservationIndex reservations) {
        this.commands = commands;
        this.reservations = reservations;
    }

    @EventHandler
    void on(LeadLostEvent event, MetaData metaData) {
        for (ReservationIndex.Reservation reservation : reservations.forLead(event.leadId())) {
            send(commands, new ReleaseReservationCommand(reservation.buildingId(), reservation.unitId(),
                                                         reservation.leadId(), ReservationEnd.LEAD_LOST, null),
                 metaData.getOrDefault(Actor.META_DATA_KEY, Actor.SYSTEM));
        }
    }

    @EventHandler
    void on(UnitLetEvent event, @SequenceNumber long sequence, MetaData metaData) {
        if (event.tenant() == null || event.tenant().projectId() == null) {
            return;
        }
        send(commands, new RecordStageMilestoneCommand(event.tenant().projectId(), progressId(event, sequence),
                                                       Milestone.MOVED_IN, event.from(), ProgressOrigin.UNIT_LET),
             metaData.getOrDefault(Actor.META_DATA_KEY, Actor.SYSTEM));
    }

    /** The same for the same let on every node and in every replay. */
    static String progressId(UnitLetEvent event, long sequence) {
        String key = "unit-let\n" + event.buildingId() + "\n" + event.unitId() + "\n" + sequence;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static void send(CommandGateway commands, Object command, Object actor) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                      .withMetaData(MetaData.with(Actor.META_DATA_KEY, actor)));
        } catch (InvalidInputException | NotPermittedException | NotFoundException | AggregateNotFoundException refused) {
            log.warn("{} refused: {}", command.getClass().getSimpleName(), refused.getMessage());
        }
    }
}
