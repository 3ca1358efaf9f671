package org.zhaoshang.crm.lead.command;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.value.MessagingApp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The serialized contact events of revision 1, as the released version stored them, read in today's shape. */
class ContactNameUpcasterTest {

    /** Fails on unknown fields: a {@code name} left in the payload would not deserialize. */
    private final Serializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void aContactAddedWithOneNameHasItSplitIntoFamilyAndGivenName() {
        IntermediateEventRepresentation upcast = upcastOne(ContactAddedEvent.class, "1", revision1("Tanaka Yuki"));

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType(ContactAddedEvent.class.getName(), "2"));
        assertThat(payload(upcast))
                .isEqualTo(new ContactAddedEvent("lead-1", "c-1", new Contact("Tanaka", "Yuki", "CFO",
                                                                              "+81 3-1234-5678", null,
                                                                              MessagingApp.LINE, "tanaka.y")));
    }

    @Test
    void aContactChangedWithOneNameHasItSplitToo() {
        IntermediateEventRepresentation upcast = upcastOne(ContactChangedEvent.class, "1", revision1("金敏俊"));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(((ContactChangedEvent) payload(upcast)).contact())
                .extracting(Contact::familyName, Contact::givenName).containsExactly("金", "敏俊");
    }

    @Test
    void aNameTheRulesCannotSplitIsKeptWholeAsTheFamilyName() {
        IntermediateEventRepresentation upcast = upcastOne(ContactAddedEvent.class, "1", revision1("Prabowo"));

        assertThat(((ContactAddedEvent) payload(upcast)).contact())
                .extracting(Contact::familyName, Contact::givenName).containsExactly("Prabowo", null);
    }

    @Test
    void anEventOfTheCurrentRevisionPassesUnchanged() {
        String revision2 = "{\"leadId\":\"lead-1\",\"contactId\":\"c-1\",\"contact\":{\"familyName\":\"Kim\","
                           + "\"givenName\":\"Minji\"}}";

        IntermediateEventRepresentation upcast = upcastOne(ContactAddedEvent.class, "2", revision2);

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat(upcast.getData().getData()).isEqualTo(revision2);
    }

    private static String revision1(String name) {
        return "{\"leadId\":\"lead-1\",\"contactId\":\"c-1\",\"contact\":{\"name\":\"" + name + "\",\"title\":\"CFO\","
               + "\"phone\":\"+81 3-1234-5678\",\"email\":null,\"messagingApp\":\"LINE\","
               + "\"messagingHandle\":\"tanaka.y\"}}";
    }

    private Object payload(IntermediateEventRepresentation upcast) {
        return serializer.deserialize(upcast.getData(String.class));
    }

    private IntermediateEventRepresentation upcastOne(Class<?> type, String revision, String payload) {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>(
                "Lead", "lead-1", 1, UUID.randomUUID().toString(), Instant.now(), type.getName(), revision, payload,
                "{}");
        List<IntermediateEventRepresentation> upcast = new ContactNameUpcaster().upcast(
                Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }
}
