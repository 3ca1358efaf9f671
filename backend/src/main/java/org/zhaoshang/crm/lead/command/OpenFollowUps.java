package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.zhaoshang.crm.lead.api.FollowUpCompletedEvent;
import org.zhaoshang.crm.lead.api.FollowUpRescheduledEvent;
import org.zhaoshang.crm.lead.api.FollowUpScheduledEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.command.CompleteFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.RescheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.zhaoshang.crm.shared.api.Texts.hasText;
import static org.zhaoshang.crm.shared.api.Texts.stripped;

/** A lead's open follow-ups, part of its aggregate: each scheduled under its id, rescheduled, then completed. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class OpenFollowUps {

    private String leadId;
    private final Map<String, LocalDate> dueOnOfOpen = new HashMap<>();

    @CommandHandler
    void handle(ScheduleFollowUpCommand command, @MetaDataValue(Actor.META_DATA_KEY) String actor) {
        new Violations()
                .check(!dueOnOfOpen.containsKey(command.followUpId()), "followUpId", "unique",
                       "a follow-up with this id is already scheduled")
                .throwIfAny();
        String assignee = hasText(command.assignee()) ? command.assignee().strip() : actor;
        apply(new FollowUpScheduledEvent(leadId, command.followUpId(), command.nextStep().strip(), command.dueOn(),
                                         assignee));
    }

    @CommandHandler
    void handle(CompleteFollowUpCommand command) {
        requireOpen(command.followUpId());
        apply(new FollowUpCompletedEvent(leadId, command.followUpId(), stripped(command.outcome())));
    }

    @CommandHandler
    void handle(RescheduleFollowUpCommand command) {
        requireOpen(command.followUpId());
        apply(new FollowUpRescheduledEvent(leadId, command.followUpId(), dueOnOfOpen.get(command.followUpId()),
                                           command.dueOn(), stripped(command.reason())));
    }

    private void requireOpen(String followUpId) {
        new Violations().check(dueOnOfOpen.containsKey(followUpId), "followUpId", "unknown",
                               "no open follow-up has this id")
                        .throwIfAny();
    }

    @EventSourcingHandler
    void on(LeadCreatedEvent event) {
        leadId = event.leadId();
    }

    @EventSourcingHandler
    void on(FollowUpScheduledEvent event) {
        dueOnOfOpen.put(event.followUpId(), event.dueOn());
    }

    @EventSourcingHandler
    void on(FollowUpRescheduledEvent event) {
        dueOnOfOpen.put(event.followUpId(), event.dueOn());
    }

    @EventSourcingHandler
    void on(FollowUpCompletedEvent event) {
        dueOnOfOpen.remove(event.followUpId());
    }
}
