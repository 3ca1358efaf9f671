package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityRetractedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.command.CorrectActivityCommand;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.RetractActivityCommand;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.zhaoshang.crm.shared.api.Texts.stripped;

/**
 * A lead's activities, part of its aggregate: each logged once under its id, then corrected or retracted. Of each
 * only its type is kept, for the stage gates (a logged visit).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class Activities {

    private String leadId;
    private final Map<String, ActivityType> types = new HashMap<>();

    boolean includeAVisit() {
        return types.values().stream().anyMatch(ActivityType::isVisit);
    }

    @CommandHandler
    void handle(LogActivityCommand command) {
        new Violations()
                .check(!types.containsKey(command.activityId()), "activityId", "unique",
                       "an activity with this id is already recorded")
                .throwIfAny();
        apply(new ActivityLoggedEvent(leadId, command.activityId(), command.type(), command.occurredOn(),
                                      command.strippedParticipants(), stripped(command.summary()),
                                      Boolean.TRUE.equals(command.internal())));
    }

    @CommandHandler
    void handle(CorrectActivityCommand command) {
        requireKnown(command.activityId());
        apply(new ActivityCorrectedEvent(leadId, command.activityId(), command.type(), command.occurredOn(),
                                         command.strippedParticipants(), stripped(command.summary()),
                                         command.internal()));
    }

    @CommandHandler
    void handle(RetractActivityCommand command) {
        requireKnown(command.activityId());
        apply(new ActivityRetractedEvent(leadId, command.activityId(), command.reason().strip()));
    }

    private void requireKnown(String activityId) {
        new Violations().check(types.containsKey(activityId), "activityId", "unknown",
                               "no recorded activity has this id")
                        .throwIfAny();
    }

    @EventSourcingHandler
    void on(LeadCreatedEvent event) {
        leadId = event.leadId();
    }

    @EventSourcingHandler
    void on(ActivityLoggedEvent event) {
        types.put(event.activityId(), event.type());
    }

    @EventSourcingHandler
    void on(ActivityCorrectedEvent event) {
        types.put(event.activityId(), event.type());
    }

    @EventSourcingHandler
    void on(ActivityRetractedEvent event) {
        types.remove(event.activityId());
    }
}
