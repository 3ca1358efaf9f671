package org.zhaoshang.crm.eventstore;

import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.zhaoshang.crm.eventstore.EventDocuments.AGGREGATE_KEY;
import static org.zhaoshang.crm.eventstore.EventDocuments.GLOBAL_INDEX;
import static org.zhaoshang.crm.eventstore.EventDocuments.SEQUENCE;
import static org.zhaoshang.crm.eventstore.EventDocuments.STORED_AT;
import static org.zhaoshang.crm.eventstore.EventDocuments.TIMESTAMP;

/**
 * Axon event storage on MongoDB with a global index per event.
 * <p>
 * An append reserves a block of global indexes with one atomic {@code $inc} on a counter document, then inserts its
 * events under those indexes; a unique index on (aggregate, sequence) turns a concurrent append into a
 * {@link org.axonframework.modelling.command.ConcurrencyException}, on one node or many. Tracking reads are
 * gap-aware (see {@link GapAwareTracking}). Every read is an exact-key or {@code $in} lookup on a unique index, the
 * only kind that the embedded server serves from an index, so no read slows down as the store grows.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

    public static final String EVENTS = EventLog.EVENTS;
    public static final String SNAPSHOTS = "snapshots";

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final EventLog log;
    private final GapAwareTracking tracking;
    private final GroupedIndexReservation reservation = new GroupedIndexReservation(this::reserveIndexes);
    private final WriteDurability durability;
    private final Clock clock;
    private final int trackingBatchSize;

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        WriteConcern journaled = WriteConcern.MAJORITY.withJournal(true);
        this.events = builder.database.getCollection(EVENTS).withWriteConcern(journaled);
        this.snapshots = builder.database.getCollection(SNAPSHOTS).withWriteConcern(journaled);
        this.log = new EventLog(builder.database);
        this.tracking = new GapAwareTracking(builder.maxGapOffset, builder.gapTimeout, builder.clock);
        this.durability = builder.durability;
        this.clock = builder.clock;
        this.trackingBatchSize = builder.trackingBatchSize;
        log.createSchema(0);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        try {
            long first = reservation.reserve(messages.size());
            long storedAt = clock.millis();
            List<Document> documents = new ArrayList<>(messages.size());
            for (int i = 0; i < messages.size(); i++) {
                documents.add(EventDocuments.event(first + i, messages.get(i), serializer, storedAt));
            }
            events.insertMany(documents, new InsertManyOptions().ordered(true));
        } catch (MongoException e) {
            handlePersistenceException(e, messages.get(0));
        }
        durability.makeDurable();
    }

    /** Reserves {@code count} consecutive global indexes in the store and returns the first. */
    long reserveIndexes(long count) {
        return log.reserve(count);
    }

    /** The lowest global index not yet reserved by any writer. */
    long nextReservedIndex() {
        return log.nextIndex();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document current = snapshots.find(eq(GLOBAL_INDEX, snapshot.getAggregateIdentifier())).first();
        if (current != null && current.getLong(SEQUENCE) >= snapshot.getSequenceNumber()) {
            return;
        }
        snapshots.replaceOne(eq(GLOBAL_INDEX, snapshot.getAggregateIdentifier()),
                             EventDocuments.snapshot(snapshot, serializer),
                             new ReplaceOptions().upsert(true));
        durability.makeDurable();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(eq(GLOBAL_INDEX, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(EventDocuments.toEventData(snapshot));
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
                                      .mapToObj(sequence -> EventDocuments.aggregateKey(aggregateIdentifier, sequence))
                                      .toList();
        List<Document> found = events.find(in(AGGREGATE_KEY, keys)).into(new ArrayList<>());
        found.sort((a, b) -> Long.compare(a.getLong(SEQUENCE), b.getLong(SEQUENCE)));
        return found.stream().map(EventDocuments::toEventData).toList();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Long last = null;
        for (long first = 0; ; first += batchSize()) {
            List<? extends DomainEventData<?>> batch = fetchDomainEvents(aggregateIdentifier, first, batchSize());
            if (!batch.isEmpty()) {
                last = batch.get(batch.size() - 1).getSequenceNumber();
            }
            if (batch.size() < batchSize()) {
                return Optional.ofNullable(last);
            }
        }
    }

    /**
     * Axon passes the engine's batch size, which sizes aggregate reads (a few dozen events after a snapshot); a
     * tracking read uses its own, larger window.
     */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int aggregateBatchSize) {
        int batchSize = trackingBatchSize;
        GapAwareTrackingToken token = tracking.start(lastToken);
        long windowStart = token.getIndex() + 1;
        while (true) {
            SortedMap<Long, Document> found = findByGlobalIndex(tracking.indexesToRead(token, windowStart, batchSize));
            List<GapAwareTracking.Advance> advances = tracking.advance(token, storedAtByIndex(found));
            if (!advances.isEmpty() || windowStart + batchSize >= nextReservedIndex()) {
                return advances.stream()
                               .map(advance -> new TrackedDomainEventData<>(
                                       advance.token(), EventDocuments.toEventData(found.get(advance.index()))))
                               .toList();
            }
            // A whole window of indexes reserved by writers that have not inserted (yet): look past it.
            windowStart += batchSize;
        }
    }

    private SortedMap<Long, Document> findByGlobalIndex(Collection<Long> indexes) {
        SortedMap<Long, Document> found = new TreeMap<>();
        for (Document document : events.find(in(GLOBAL_INDEX, indexes))) {
            found.put(document.getLong(GLOBAL_INDEX), document);
        }
        return found;
    }

    private static SortedMap<Long, Long> storedAtByIndex(SortedMap<Long, Document> documents) {
        SortedMap<Long, Long> storedAt = new TreeMap<>();
        documents.forEach((index, document) -> storedAt.put(index, document.getLong(STORED_AT)));
        return storedAt;
    }

    @Override
    public TrackingToken createTailToken() {
        return GapAwareTracking.tail();
    }

    /**
     * The position after the newest event. Indexes just below it that are reserved but not yet written stay gaps,
     * so a processor starting at the head still receives them.
     */
    @Override
    public TrackingToken createHeadToken() {
        long next = nextReservedIndex();
        long windowStart = Math.max(0, next - trackingBatchSize);
        SortedSet<Long> window = new TreeSet<>();
        LongStream.range(windowStart, next).forEach(window::add);
        SortedMap<Long, Document> found = findByGlobalIndex(window);
        if (found.isEmpty()) {
            return GapAwareTrackingToken.newInstance(windowStart - 1, Collections.emptySet());
        }
        long newest = found.lastKey();
        window.removeAll(found.keySet());
        return GapAwareTrackingToken.newInstance(newest, window.headSet(newest));
    }

    /**
     * The position just before the first event stored at or after {@code dateTime}, found by a binary search over
     * the global index (event time rises with the index, up to the skew between writers).
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long low = 0;
        long high = nextReservedIndex();
        while (low < high) {
            long middle = (low + high) >>> 1;
            Optional<Map.Entry<Long, Document>> event = firstEventFrom(middle, high);
            if (event.isEmpty()) {
                high = middle;
            } else if (Instant.parse(event.get().getValue().getString(TIMESTAMP)).isBefore(dateTime)) {
                low = event.get().getKey() + 1;
            } else {
                high = middle;
            }
        }
        return GapAwareTrackingToken.newInstance(low - 1, Collections.emptySet());
    }

    private Optional<Map.Entry<Long, Document>> firstEventFrom(long from, long until) {
        for (long start = from; start < until; start += trackingBatchSize) {
            SortedSet<Long> window = new TreeSet<>();
            LongStream.range(start, Math.min(until, start + trackingBatchSize)).forEach(window::add);
            SortedMap<Long, Document> found = findByGlobalIndex(window);
            if (!found.isEmpty()) {
                return Optional.of(Map.entry(found.firstKey(), found.get(found.firstKey())));
            }
        }
        return Optional.empty();
    }

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private Duration gapTimeout = Duration.ofSeconds(15);
        private int maxGapOffset = 10_000;
        private Clock clock = Clock.systemUTC();
        private WriteDurability durability = WriteDurability.byWriteConcern();
        private int trackingBatchSize = 250;

        public Builder() {
            persistenceExceptionResolver(new DuplicateKeys());
            batchSize(64);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** How long a reserved but invisible index is waited for before tracking readers give it up. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder durability(WriteDurability durability) {
            this.durability = durability;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver resolver) {
            super.persistenceExceptionResolver(resolver);
            return this;
        }

        /** Events per read of one aggregate (default 64: the events after a snapshot fit in one read). */
        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        /** Global indexes per tracking read (default 250). */
        public Builder trackingBatchSize(int trackingBatchSize) {
            if (trackingBatchSize < 1) {
                throw new IllegalArgumentException("trackingBatchSize must be positive, was " + trackingBatchSize);
            }
            this.trackingBatchSize = trackingBatchSize;
            return this;
        }

        @Override
        protected void validate() {
            super.validate();
            if (database == null) {
                throw new org.axonframework.common.AxonConfigurationException("The MongoDatabase is required");
            }
        }

        public MongoEventStorageEngine build() {
            return new MongoEventStorageEngine(this);
        }
    }
}
