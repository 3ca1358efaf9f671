package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;
import java.util.List;

/**
 * Records a contact with the company: a call, meeting, visit, email or event. An internal note ({@code internal}) is
 * for the bureau only: ambassadors and partners never see it.
 */
public record LogActivityCommand(@TargetAggregateIdentifier String leadId,
                                 String activityId,
                                 ActivityType type,
                                 LocalDate occurredOn,
                                 List<String> participants,
                                 String summary,
                                 Boolean internal,
                                 @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    public static final int MAX_PARTICIPANTS = 20;
    public static final int MAX_PARTICIPANT_LENGTH = 100;

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        violations.identifier("activityId", activityId);
        return validateActivity(violations, type, occurredOn, participants, summary, today);
    }

    /** The participants' names without surrounding spaces; none if null. */
    public List<String> strippedParticipants() {
        return stripped(participants);
    }

    /** The rules for what is recorded of an activity, when it is logged and when it is corrected. */
    static Violations validateActivity(Violations violations, ActivityType type, LocalDate occurredOn,
                                       List<String> participants, String summary, LocalDate today) {
        return violations.required("type", type)
                         .required("occurredOn", occurredOn)
                         .notAfter("occurredOn", occurredOn, today)
                         .check(participants == null || participants.size() <= MAX_PARTICIPANTS, "participants",
                                "max-size", "at most " + MAX_PARTICIPANTS + " people")
                         .check(participants == null || participants.stream().allMatch(
                                        name -> Texts.hasText(name) && name.strip().length() <= MAX_PARTICIPANT_LENGTH),
                                "participants", "names", "each must be a name of at most " + MAX_PARTICIPANT_LENGTH
                                        + " characters")
                         .maxLength("summary", summary, Violations.MAX_TEXT_LENGTH);
    }

    static List<String> stripped(List<String> participants) {
        return participants == null ? List.of() : participants.stream().map(String::strip).toList();
    }
}
