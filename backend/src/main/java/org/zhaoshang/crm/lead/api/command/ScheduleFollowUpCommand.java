package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.Contact;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** A next step with its due day and who is to do it (the one scheduling it, if nobody is named). */
public record ScheduleFollowUpCommand(@TargetAggregateIdentifier String leadId, String followUpId, String nextStep,
                                      LocalDate dueOn, String assignee,
                                      @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    public static final int MAX_NEXT_STEP_LENGTH = 500;

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return violations.identifier("followUpId", followUpId)
                         .required("nextStep", nextStep)
                         .maxLength("nextStep", nextStep, MAX_NEXT_STEP_LENGTH)
                         .required("dueOn", dueOn)
                         .notBefore("dueOn", dueOn, today)
                         .maxLength("assignee", assignee, Contact.MAX_PERSON_LENGTH);
    }
}
