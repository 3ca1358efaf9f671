package org.zhaoshang.crm.lead.command;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.ActivityCorrectedEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Corrections stored before they could hide an activity (revision 1) leave its visibility as it was. */
class ActivityCorrectedEventUpcasterTest {

    private final Serializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void aCorrectionOfRevision1LeavesTheVisibilityAsItWas() {
        String revision1 = "{\"leadId\":\"lead-1\",\"activityId\":\"a-1\",\"type\":\"CALL\","
                           + "\"occurredOn\":\"2026-03-05\",\"participants\":[],\"summary\":\"corrected\"}";
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>(
                "Lead", "lead-1", 1, UUID.randomUUID().toString(), Instant.now(),
                ActivityCorrectedEvent.class.getName(), "1", revision1, "{}");

        List<IntermediateEventRepresentation> upcast = new ActivityCorrectedEventUpcaster().upcast(
                Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType())
                .isEqualTo(new SimpleSerializedType(ActivityCorrectedEvent.class.getName(), "2"));
        ActivityCorrectedEvent corrected = serializer.deserialize(upcast.get(0).getData(String.class));
        assertThat(corrected).isEqualTo(new ActivityCorrectedEvent("lead-1", "a-1", ActivityType.CALL,
                                                                   LocalDate.of(2026, 3, 5), List.of(), "corrected",
                                                                   null));
    }
}
