package org.zhaoshang.crm.eventstore;

import com.mongodb.client.MongoDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.ActivityType;
import org.zhaoshang.crm.lead.api.Company;
import org.zhaoshang.crm.lead.api.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.SourceMarket;
import org.zhaoshang.crm.lead.command.Lead;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored in an older shape load through the application's upcasters, as the running app reads them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class OldEventRevisionsTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private MongoEventStorageEngine engine;
    @Autowired
    private MongoDatabase database;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer serializer;
    @Autowired
    private Configuration axon;

    @Test
    void anActivityLoggedBeforeInternalNotesExistedIsNotInternal() {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateLeadCommand(leadId, Company.named("Old Shape Ltd", null), SourceMarket.JAPAN,
                                                   null, null, null));
        ActivityLoggedEvent now = new ActivityLoggedEvent(leadId, "call-1", ActivityType.CALL,
                                                          LocalDate.of(2025, 5, 6), List.of(), "call", true);
        Document revision1 = EventDocuments.event(engine.reserveIndexes(1), new GenericDomainEventMessage<>(
                        Lead.class.getSimpleName(), leadId, 1, now, MetaData.emptyInstance()), serializer,
                                                  System.currentTimeMillis())
                                           .append(EventDocuments.PAYLOAD_REVISION, "1")
                                           .append(EventDocuments.PAYLOAD, "{\"leadId\":\"" + leadId
                                                   + "\",\"activityId\":\"call-1\",\"type\":\"CALL\","
                                                   + "\"occurredOn\":\"2025-05-06\",\"participants\":[],"
                                                   + "\"summary\":\"call\"}");
        database.getCollection(MongoEventStorageEngine.EVENTS).insertOne(revision1);

        Object loaded = eventStore.readEvents(leadId).asStream().toList().get(1).getPayload();

        assertThat(loaded).isEqualTo(new ActivityLoggedEvent(leadId, "call-1", ActivityType.CALL,
                                                             LocalDate.of(2025, 5, 6), List.of(), "call", false));
    }

    @Test
    void theApplicationsUpcastersTurnRevisionOneIntoRevisionTwo() {
        GenericDomainEventEntry<String> revision1 = new GenericDomainEventEntry<>(
                "Lead", "lead-1", 1, UUID.randomUUID().toString(), Instant.now(),
                ActivityLoggedEvent.class.getName(), "1",
                "{\"leadId\":\"lead-1\",\"activityId\":\"a\",\"type\":\"CALL\",\"summary\":\"call\"}", "{}");

        List<IntermediateEventRepresentation> upcast = axon.upcasterChain().upcast(
                Stream.of(new InitialEventRepresentation(revision1, serializer))).toList();

        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            assertThat(event.getData(JsonNode.class).getData().get("internal").isBoolean()).isTrue();
            assertThat(event.getData(JsonNode.class).getData().get("internal").asBoolean()).isFalse();
        });
    }
}
