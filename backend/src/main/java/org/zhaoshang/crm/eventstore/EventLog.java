package org.zhaoshang.crm.eventstore;

import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;

import static com.mongodb.client.model.Filters.eq;
import static org.zhaoshang.crm.eventstore.EventDocuments.AGGREGATE_KEY;
import static org.zhaoshang.crm.eventstore.EventDocuments.GLOBAL_INDEX;

/**
 * The event log's collections as stored, for the engine and for tools that copy the log (backup, restore): the
 * events under their global index and the counter of reserved indexes.
 */
public final class EventLog {

    public static final String EVENTS = "events";
    public static final String COUNTERS = "counters";
    /** Field names of a stored event that tools may read; the layout is {@link EventDocuments}'s. */
    public static final String GLOBAL_INDEX_FIELD = GLOBAL_INDEX;
    public static final String AGGREGATE_ID_FIELD = EventDocuments.AGGREGATE_ID;
    public static final String SEQUENCE_FIELD = EventDocuments.SEQUENCE;
    private static final String EVENT_COUNTER = "events";
    private static final String NEXT_INDEX = "next";

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> counters;

    public EventLog(MongoDatabase database) {
        WriteConcern journaled = WriteConcern.MAJORITY.withJournal(true);
        this.events = database.getCollection(EVENTS).withWriteConcern(journaled);
        this.counters = database.getCollection(COUNTERS).withWriteConcern(journaled);
    }

    /**
     * Creates the unique indexes, (aggregate, sequence) and the event's identifier (one event, one identifier, as
     * Axon's JDBC and JPA engines keep it), and, if there is none, the counter, whose first index to
     * reserve is {@code nextIndex} (0 for a new store; one past the last restored event after a restore).
     */
    public void createSchema(long nextIndex) {
        events.createIndex(Indexes.ascending(AGGREGATE_KEY), new IndexOptions().unique(true));
        events.createIndex(Indexes.ascending(EventDocuments.EVENT_ID), new IndexOptions().unique(true));
        if (counters.find(eq(GLOBAL_INDEX, EVENT_COUNTER)).first() == null) {
            try {
                counters.insertOne(new Document(GLOBAL_INDEX, EVENT_COUNTER).append(NEXT_INDEX, nextIndex));
            } catch (MongoException e) {
                if (!new DuplicateKeys().isDuplicateKeyViolation(e)) {
                    throw e;
                }
            }
        }
    }

    /** The lowest global index not yet reserved by any writer: every lower one is reserved, written or not. */
    public long nextIndex() {
        Document counter = counters.find(eq(GLOBAL_INDEX, EVENT_COUNTER)).first();
        return counter == null ? 0 : counter.getLong(NEXT_INDEX);
    }

    /** Reserves {@code count} consecutive global indexes and returns the first. */
    long reserve(long count) {
        // The document as it was BEFORE the update: the embedded server answers AFTER with its live copy, which a
        // concurrent $inc can change before the answer is encoded, handing two writers the same indexes.
        Document counter = counters.findOneAndUpdate(
                eq(GLOBAL_INDEX, EVENT_COUNTER),
                Updates.inc(NEXT_INDEX, count),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (counter == null) {
            throw new EventStoreException("The global index counter is missing from collection " + COUNTERS);
        }
        return counter.getLong(NEXT_INDEX);
    }
}
