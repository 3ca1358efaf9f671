package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.value.PersonName;
import org.zhaoshang.crm.lead.api.value.PersonNames;

import java.util.Set;

/**
 * Contacts added or changed before names were split (revision 1) carry one {@code name}; it is split by the rules of
 * {@link PersonNames}, and whatever they cannot split is kept whole as the family name.
 */
@Component
class ContactNameUpcaster extends SingleEventUpcaster {

    private static final Set<String> CONTACT_EVENTS = Set.of(ContactAddedEvent.class.getName(),
                                                             ContactChangedEvent.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return CONTACT_EVENTS.contains(representation.getType().getName())
               && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(representation.getType().getName(), "2"), JsonNode.class, payload -> {
                    if (payload.get("contact") instanceof ObjectNode contact) {
                        PersonName name = PersonNames.split(contact.path("name").textValue());
                        contact.remove("name");
                        contact.put("familyName", name.familyName()).put("givenName", name.givenName());
                    }
                    return payload;
                });
    }
}
