package org.zhaoshang.crm.lead.api.command;

import org.zhaoshang.crm.lead.api.value.Contact;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/** Replaces what is recorded of a contact (every field). */
public record ChangeContactCommand(@TargetAggregateIdentifier String leadId, String contactId, Contact contact,
                                   @TargetAggregateVersion Long expectedVersion) implements ValidatedCommand {

    @Override
    public Violations validate(Violations violations, LocalDate today) {
        return Contact.validate(violations, contact);
    }
}
