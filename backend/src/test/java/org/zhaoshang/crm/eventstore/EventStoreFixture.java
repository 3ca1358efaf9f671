package org.zhaoshang.crm.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.List;
import java.util.stream.LongStream;

/** Builds events and plays the part of other writers (another node, a stalled one, a dead one) in engine tests. */
final class EventStoreFixture {

    static final Serializer SERIALIZER = JacksonSerializer.builder()
                                                          .objectMapper(new ObjectMapper().findAndRegisterModules())
                                                          .build();

    private EventStoreFixture() {
    }

    static DomainEventMessage<TestEvent> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregateId, sequence,
                                               new TestEvent(aggregateId, sequence, "event " + sequence));
    }

    static List<DomainEventMessage<TestEvent>> events(String aggregateId, long firstSequence, int count) {
        return LongStream.range(firstSequence, firstSequence + count).mapToObj(seq -> event(aggregateId, seq)).toList();
    }

    /** Inserts an event under an index reserved earlier by {@link MongoEventStorageEngine#reserveIndexes}. */
    static void insertAt(MongoDatabase database, long globalIndex, DomainEventMessage<?> event) {
        database.getCollection(MongoEventStorageEngine.EVENTS)
                .insertOne(EventDocuments.event(globalIndex, event, SERIALIZER, System.currentTimeMillis()));
    }
}
