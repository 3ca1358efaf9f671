package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.ContactRemovedEvent;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.command.ChangeContactCommand;
import org.zhaoshang.crm.lead.api.command.RemoveContactCommand;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A lead's contacts, part of its aggregate: at most {@value #MAX_CONTACTS}, each added once under its id. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class Contacts {

    static final int MAX_CONTACTS = 50;

    private String leadId;
    private final Set<String> ids = new HashSet<>();

    @CommandHandler
    void handle(AddContactCommand command) {
        new Violations()
                .check(!ids.contains(command.contactId()), "contactId", "unique",
                       "a contact with this id is already recorded")
                .check(ids.size() < MAX_CONTACTS, "contacts", "max-size",
                       "a lead has at most " + MAX_CONTACTS + " contacts")
                .throwIfAny();
        apply(new ContactAddedEvent(leadId, command.contactId(), command.contact().stripped()));
    }

    @CommandHandler
    void handle(ChangeContactCommand command) {
        requireKnown(command.contactId());
        apply(new ContactChangedEvent(leadId, command.contactId(), command.contact().stripped()));
    }

    @CommandHandler
    void handle(RemoveContactCommand command) {
        requireKnown(command.contactId());
        apply(new ContactRemovedEvent(leadId, command.contactId()));
    }

    private void requireKnown(String contactId) {
        new Violations().check(ids.contains(contactId), "contactId", "unknown", "no recorded contact has this id")
                        .throwIfAny();
    }

    @EventSourcingHandler
    void on(LeadCreatedEvent event) {
        leadId = event.leadId();
    }

    @EventSourcingHandler
    void on(ContactAddedEvent event) {
        ids.add(event.contactId());
    }

    @EventSourcingHandler
    void on(ContactRemovedEvent event) {
        ids.remove(event.contactId());
    }
}
