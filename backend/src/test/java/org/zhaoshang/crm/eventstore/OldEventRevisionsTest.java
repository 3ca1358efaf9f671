package org.zhaoshang.crm.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.zhaoshang.crm.lead.api.ActivityLoggedEvent;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.command.ChangeContactCommand;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.Contact;
import org.zhaoshang.crm.lead.api.ContactAddedEvent;
import org.zhaoshang.crm.lead.api.ContactChangedEvent;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.LeadCreatedEvent;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.lead.command.Lead;
import org.zhaoshang.crm.projection.FindProjectionsQuery;
import org.zhaoshang.crm.projection.ProjectionStatus;
import org.zhaoshang.crm.projection.ProjectionStatuses;
import org.zhaoshang.crm.projection.ReadModels;
import org.zhaoshang.crm.projection.RebuildProjectionCommand;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Events stored in an older shape load through the application's upcasters, as the running app reads them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
    @Autowired
    private QueryGateway queries;
    @Autowired
    private TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anActivityLoggedBeforeInternalNotesExistedIsNotInternal() {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateLeadCommand(leadId, Company.named("Old Shape Ltd", null), SourceMarket.JAPAN,
                                                   null, null, null));
        ActivityLoggedEvent now = new ActivityLoggedEvent(leadId, "call-1", ActivityType.CALL,
                                                          LocalDate.of(2025, 5, 6), List.of(), "call", true);
        storeAsReleased(leadId, 1, now, "{\"leadId\":\"" + leadId + "\",\"activityId\":\"call-1\","
                                        + "\"type\":\"CALL\",\"occurredOn\":\"2025-05-06\",\"participants\":[],"
                                        + "\"summary\":\"call\"}");

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

    @Test
    void contactsStoredWithOneNameLoadSplitAndTheReadModelsReplayThemSplit() throws Exception {
        // the whole lead as the released version left it: no command loads and caches it before its old events exist
        String leadId = UUID.randomUUID().toString();
        LeadCreatedEvent created = new LeadCreatedEvent(leadId, Company.named("Kyoto Old Contacts", null),
                                                        SourceMarket.JAPAN, null, null, "manager",
                                                        LocalDate.of(2025, 4, 1));
        storeAsReleased(leadId, 0, created, serializer.serialize(created, String.class).getData());
        storeAsReleased(leadId, 1, new ContactAddedEvent(leadId, "c-1", null),
                        contactRevision1(leadId, "c-1", "田中裕子"));
        storeAsReleased(leadId, 2, new ContactAddedEvent(leadId, "c-2", null),
                        contactRevision1(leadId, "c-2", "Kim Minji"));
        storeAsReleased(leadId, 3, new ContactChangedEvent(leadId, "c-1", null),
                        contactRevision1(leadId, "c-1", "Tanaka Yuko"));

        assertThat(eventStore.readEvents(leadId).asStream().skip(1).map(event -> (Object) event.getPayload()).toList())
                .containsExactly(new ContactAddedEvent(leadId, "c-1", contact("田中", "裕子", null)),
                                 new ContactAddedEvent(leadId, "c-2", contact("Kim", "Minji", null)),
                                 new ContactChangedEvent(leadId, "c-1", contact("Tanaka", "Yuko", null)));
        assertThatThrownBy(() -> commands.sendAndWait(
                new AddContactCommand(leadId, "c-2", contact("Kim", "Minji", null), null)))
                .hasMessageContaining("contactId: a contact with this id is already recorded");
        commands.sendAndWait(new ChangeContactCommand(leadId, "c-1", contact("Tanaka", "Yuko", "CFO"), 3L));

        commands.sendAndWait(new RebuildProjectionCommand(ReadModels.PROCESSING_GROUP));
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> queries.query(new FindProjectionsQuery(), ResponseTypes.instanceOf(ProjectionStatuses.class))
                             .join().projections().stream().allMatch(ProjectionStatus::caughtUp));

        TestRestTemplate manager = http.withBasicAuth("manager", "demo");
        JsonNode listed = json.readTree(manager.getForObject("/api/leads/" + leadId, String.class));
        assertThat(json.convertValue(listed.get("contactNames"), List.class))
                .containsExactlyInAnyOrder("Minji Kim", "Yuko Tanaka");
        JsonNode detail = json.readTree(manager.getForObject("/api/leads/" + leadId + "/detail", String.class));
        assertThat(detail.get("contacts").findValuesAsText("familyName")).containsExactly("Tanaka", "Kim");
        assertThat(detail.get("contacts").findValuesAsText("givenName")).containsExactly("Yuko", "Minji");
        JsonNode history = json.readTree(manager.getForObject("/api/leads/" + leadId + "/history?oldestFirst=true",
                                                              String.class));
        assertThat(history.get("events").get(1).get("data").get("contact").get("familyName").asText())
                .isEqualTo("田中");
        assertThat(history.get("events").get(3).get("changes").toString())
                .contains("{\"field\":\"contacts.c-1.contact.familyName\",\"before\":\"田中\","
                          + "\"after\":\"Tanaka\"}");
    }

    /** A contact event as the released version serialized it: the name in one field. */
    private static String contactRevision1(String leadId, String contactId, String name) {
        return "{\"leadId\":\"" + leadId + "\",\"contactId\":\"" + contactId + "\",\"contact\":{\"name\":\""
               + name + "\",\"title\":null,\"phone\":null,\"email\":null,\"messagingApp\":null,"
               + "\"messagingHandle\":null}}";
    }

    private static Contact contact(String familyName, String givenName, String title) {
        return new Contact(familyName, givenName, title, null, null, null, null);
    }

    /** Stores an event as the released version wrote it: its type, revision 1 and the payload of that revision. */
    private void storeAsReleased(String leadId, long sequence, Object event, String payload) {
        Document document = EventDocuments.event(engine.reserveIndexes(1), new GenericDomainEventMessage<>(
                        Lead.class.getSimpleName(), leadId, sequence, event, MetaData.emptyInstance()), serializer,
                                                 System.currentTimeMillis())
                                          .append(EventDocuments.PAYLOAD_REVISION, "1")
                                          .append(EventDocuments.PAYLOAD, payload);
        database.getCollection(MongoEventStorageEngine.EVENTS).insertOne(document);
    }
}
