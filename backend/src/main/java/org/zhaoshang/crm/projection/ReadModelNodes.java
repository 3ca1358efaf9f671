package org.zhaoshang.crm.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.storage.StoreAvailability;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;

/**
 * The application nodes sharing the store, as far as read models go. Every few seconds each node records itself in
 * {@value #COLLECTION} (when it was last seen, how many read-model batches it has stored, how many segments it
 * holds), then
 * <ul>
 *   <li>evens out the work: a node holding more than its share of the read models' segments releases the surplus,
 *   which a node holding less than its share claims (Axon claims only unclaimed segments, so without this the first
 *   node to start would keep them all);</li>
 *   <li>follows the others: when another node has stored batches since the last look, the leads whose documents it
 *   stored are reloaded into this node's memory, and what read models keep otherwise (such as performance's signed
 *   projects) is reloaded from what was stored since, so that every node's lists, boards and figures show every
 *   lead and project.</li>
 * </ul>
 * A node not seen for the token claim timeout counts as gone; its segments are claimed by the others once their
 * claims expire.
 */
@Component
public class ReadModelNodes implements SmartLifecycle {

    public static final String COLLECTION = "read_model_nodes";
    public static final String THIS_NODE = ManagementFactory.getRuntimeMXBean().getName();
    private static final Logger log = LoggerFactory.getLogger(ReadModelNodes.class);

    private final MongoCollection<Document> nodes;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final LeadVersionGuard guard;
    private final ObjectProvider<SharedReadModel> readModels;
    private final Clock clock;
    private final StoreAvailability store;
    private final Duration interval;
    private final Duration gone;
    private final Map<String, Long> flushesSeen = new HashMap<>();
    private ScheduledExecutorService ticks;
    private Instant lastFollowed;

    public ReadModelNodes(MongoDatabase database, EventProcessingConfiguration processing, TokenStore tokens,
                          LeadVersionGuard guard, ObjectProvider<SharedReadModel> readModels, Clock clock,
                          StoreAvailability store,
                          @Value("${zhaoshang.projection.node-heartbeat:2s}") Duration interval,
                          @Value("${zhaoshang.projection.claim-timeout:10s}") Duration gone) {
        this.nodes = database.getCollection(COLLECTION);
        this.processing = processing;
        this.tokens = tokens;
        this.guard = guard;
        this.readModels = readModels;
        this.clock = clock;
        this.store = store;
        this.interval = interval;
        this.gone = gone;
        this.lastFollowed = clock.instant();
    }

    /** The other nodes seen within the claim timeout. */
    public List<String> others() {
        return othersSeen().stream().map(node -> node.getString("_id")).toList();
    }

    private List<Document> othersSeen() {
        Date since = Date.from(clock.instant().minus(gone));
        return nodes.find(gt("seenAt", since)).into(new java.util.ArrayList<>()).stream()
                    .filter(node -> !THIS_NODE.equals(node.getString("_id"))).toList();
    }

    private void tick() {
        if (!store.reachable()) {
            return;
        }
        try {
            StreamingEventProcessor processor = processing.eventProcessor(ReadModels.PROCESSING_GROUP,
                                                                          StreamingEventProcessor.class).orElseThrow();
            int held = processor.processingStatus().size();
            nodes.replaceOne(eq("_id", THIS_NODE), new Document("_id", THIS_NODE)
                                     .append("seenAt", Date.from(clock.instant()))
                                     .append("flushes", ChangedInBatch.flushes())
                                     .append("segments", held),
                             new ReplaceOptions().upsert(true));
            List<Document> others = othersSeen();
            balance(processor, held, others);
            follow(others);
        } catch (RuntimeException failed) {
            log.warn("Read models: could not compare notes with the other nodes ({}); trying again shortly",
                     failed.getMessage());
        }
    }

    private void balance(StreamingEventProcessor processor, int held, List<Document> others) {
        int share = ceilDiv(tokens.fetchSegments(ReadModels.PROCESSING_GROUP).length, others.size() + 1);
        boolean anotherHoldsLess = others.stream().anyMatch(node -> node.getInteger("segments", 0) < share);
        if (held > share && anotherHoldsLess) {
            int segment = processor.processingStatus().keySet().stream().max(Integer::compare).orElseThrow();
            log.info("Read models: {} other node(s) running; releasing segment {} ({} held, a share is {})",
                     others.size(), segment, held, share);
            processor.releaseSegment(segment);
        }
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    private void follow(List<Document> others) {
        boolean othersStored = false;
        for (Document node : others) {
            Long flushes = node.getLong("flushes");
            othersStored |= !flushes.equals(flushesSeen.put(node.getString("_id"), flushes));
        }
        if (!othersStored) {
            return;
        }
        Instant started = clock.instant();
        // Another node stores its documents before it counts the batch: look back further than one beat.
        Instant since = lastFollowed.minus(interval.multipliedBy(5));
        long reloaded = readModels.orderedStream()
                                  .flatMap(model -> model.leadsStoredSince(since).entrySet().stream())
                                  .filter(lead -> guard.follow(lead.getKey(), lead.getValue()))
                                  .count();
        readModels.orderedStream().forEach(model -> model.reloadStoredSince(since));
        lastFollowed = started;
        log.debug("Read models: {} lead(s) reloaded that other nodes stored", reloaded);
    }

    @Override
    public void start() {
        ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-model-nodes");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ticks.shutdownNow();
        try {
            nodes.deleteOne(eq("_id", THIS_NODE));
        } catch (RuntimeException storeGone) {
            log.debug("Read models: this node's record stays until it is too old to count ({})", storeGone.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return ticks != null && !ticks.isShutdown();
    }
}
