package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;
import java.util.List;

/**
 * Replaces what was recorded of an activity (a new fact; the first record stays in the history).
 *
 * @param internal true makes the activity an internal note, false makes it visible to the lead's ambassadors; either
 *                 way for every version of it (the first record, corrections, retraction); null leaves it as it is
 */
public record CorrectActivityCommand(@TargetAggregateIdentifier String leadId,
                                     String activityId,
                                     ActivityType type,
                                     LocalDate occurredOn,
                                     List<String> participants,
                                     String summary,
                                     Boolean internal,
                                     @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    /** A correction that leaves the activity as visible as it was. */
    public CorrectActivityCommand(String leadId, String activityId, ActivityType type, LocalDate occurredOn,
                                  List<String> participants, String summary, Long expectedVersion) {
        this(leadId, activityId, type, occurredOn, participants, summary, null, expectedVersion);
    }

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return LogActivityCommand.validateActivity(violations, type, occurredOn, participants, summary, today);
    }

    /** The participants' names without surrounding spaces; none if null. */
    public List<String> strippedParticipants() {
        return LogActivityCommand.stripped(participants);
    }
}
