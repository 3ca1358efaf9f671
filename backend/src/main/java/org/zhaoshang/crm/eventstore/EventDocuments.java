package org.zhaoshang.crm.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * How one event or snapshot is laid out in MongoDB. Field names are part of the stored format: never rename them.
 */
final class EventDocuments {

    static final String GLOBAL_INDEX = "_id";
    static final String AGGREGATE_KEY = "aggregateKey";
    static final String AGGREGATE_ID = "aggregateId";
    static final String SEQUENCE = "seq";
    static final String TYPE = "type";
    static final String EVENT_ID = "eventId";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    static final String STORED_AT = "storedAt";

    private EventDocuments() {
    }

    /** One string key per (aggregate, sequence): the embedded server can serve {@code $in} only on single-key indexes. */
    static String aggregateKey(String aggregateId, long sequenceNumber) {
        return aggregateId + '/' + sequenceNumber;
    }

    static Document event(long globalIndex, EventMessage<?> message, Serializer serializer, long storedAt) {
        DomainEventMessage<?> event = asDomainEvent(message);
        return body(event, serializer)
                .append(GLOBAL_INDEX, globalIndex)
                .append(STORED_AT, storedAt);
    }

    static Document snapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        return body(snapshot, serializer).append(GLOBAL_INDEX, snapshot.getAggregateIdentifier());
    }

    private static Document body(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        return new Document()
                .append(AGGREGATE_KEY, aggregateKey(event.getAggregateIdentifier(), event.getSequenceNumber()))
                .append(AGGREGATE_ID, event.getAggregateIdentifier())
                .append(SEQUENCE, event.getSequenceNumber())
                .append(TYPE, event.getType())
                .append(EVENT_ID, event.getIdentifier())
                .append(TIMESTAMP, event.getTimestamp().toString())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    /** Events published outside an aggregate are stored as the only event of an aggregate named by their id. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domainEvent) {
            return domainEvent;
        }
        return new GenericDomainEventMessage<>(null, message.getIdentifier(), 0L, message, message.getTimestamp());
    }

    static DomainEventData<String> toEventData(Document document) {
        String aggregateId = document.getString(AGGREGATE_ID);
        String eventId = document.getString(EVENT_ID);
        return new GenericDomainEventEntry<>(
                document.getString(TYPE),
                eventId.equals(aggregateId) ? null : aggregateId,
                document.getLong(SEQUENCE),
                eventId,
                document.getString(TIMESTAMP),
                document.getString(PAYLOAD_TYPE),
                document.getString(PAYLOAD_REVISION),
                document.getString(PAYLOAD),
                document.getString(META_DATA));
    }
}
