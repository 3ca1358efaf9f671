package org.zhaoshang.crm.projection;

import org.axonframework.messaging.MetaData;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds projections from the event log on request (stop the processor, reset its tokens, which empties its read
 * model through its reset handler, start it again) and reports every projection's progress: in the log every few
 * seconds during a rebuild, and through {@link FindProjectionsQuery}.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final long LOG_EVERY_MILLIS = 5_000;
    private static final Duration STARTING_TIMEOUT = Duration.ofSeconds(30);

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final TokenStore tokens;
    private final LeadVersionGuard guard;
    private final ReadModelNodes nodes;
    private final Map<String, Start> rebuilds = new ConcurrentHashMap<>();

    public ProjectionRebuilds(EventProcessingConfiguration processing, EventStore events, TokenStore tokens,
                              LeadVersionGuard guard, ReadModelNodes nodes) {
        this.processing = processing;
        this.events = events;
        this.tokens = tokens;
        this.guard = guard;
        this.nodes = nodes;
    }

    /**
     * Starts the rebuild and returns: stopping a processor waits for its batch in progress, and a rebuild of a large
     * store takes minutes. Progress: {@link FindProjectionsQuery} and the log.
     */
    @CommandHandler
    public void handle(RebuildProjectionCommand command, MetaData metaData) {
        Caller.from(metaData).require("Rebuilding a projection", Role.ADMIN);
        StreamingEventProcessor processor = processing.eventProcessor(command.projection(),
                                                                      StreamingEventProcessor.class).orElse(null);
        new Violations().check(processor != null, "projection", "unknown",
                               "must be one of " + processorNames()).throwIfAny();
        List<String> others = nodes.others();
        new Violations().check(others.isEmpty(), "projection", "other-nodes",
                               "other nodes share the store (" + String.join(", ", others)
                               + "): stop them first; they would keep their segments of the old read models")
                        .throwIfAny();
        new Violations().check(rebuilds.putIfAbsent(command.projection(), new Start(System.nanoTime(), false)) == null,
                               "projection", "rebuilding", "is being rebuilt already").throwIfAny();
        Thread rebuild = new Thread(() -> rebuild(command.projection(), processor),
                                    "rebuild-" + command.projection());
        rebuild.setDaemon(true);
        rebuild.start();
    }

    /** Whatever fails, the processor is started again: a stopped processor would leave every read model behind. */
    private void rebuild(String name, StreamingEventProcessor processor) {
        try {
            awaitStarted(processor);
            processor.shutDown();
            processor.resetTokens();
            if (ReadModels.PROCESSING_GROUP.equals(name)) {
                // the guard remembers what the read models applied: another processor's rebuild is none of its business
                guard.forget();
            }
            rebuilds.put(name, new Start(System.nanoTime(), true));
            log.info("Projection {}: rebuilding from the event log ({} events)", name, head() + 1);
        } catch (RuntimeException failed) {
            rebuilds.remove(name);
            log.error("Projection {}: the rebuild could not start; it goes on from where it was", name, failed);
        } finally {
            processor.start();
        }
        logProgress(name);
    }

    /**
     * Waits (a while) for a processor that is still starting to claim its segments: stopping it before that left
     * it, once started again, unable to claim them (seen on a store opened a moment before).
     */
    private static void awaitStarted(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + STARTING_TIMEOUT.toNanos();
        while (processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @QueryHandler
    public ProjectionStatuses handle(FindProjectionsQuery query, MetaData metaData) {
        Caller.from(metaData).require("Projection status", Role.ADMIN);
        return statuses();
    }

    /** Every projection's processor as it stands; for administrators and the application's health. */
    public ProjectionStatuses statuses() {
        long head = head();
        return new ProjectionStatuses(processorNames().stream().map(name -> status(name, head)).toList());
    }

    private List<String> processorNames() {
        return processing.eventProcessors().values().stream()
                         .filter(StreamingEventProcessor.class::isInstance)
                         .map(processor -> processor.getName()).sorted().toList();
    }

    private ProjectionStatus status(String name, long head) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        int segmentCount = tokens.fetchSegments(name).length;
        long position = segments.isEmpty() ? -1 : segments.values().stream()
                                                          .mapToLong(segment -> segment.getCurrentPosition()
                                                                                       .orElse(-1))
                                                          .min().orElse(-1);
        String error = segments.values().stream().filter(EventTrackerStatus::isErrorState)
                               .map(segment -> String.valueOf(segment.getError())).findFirst().orElse(null);
        Start start = rebuilds.get(name);
        boolean rebuilding = start != null && (!start.restarted() || position < head || !processor.isRunning());
        if (start != null && !rebuilding) {
            rebuilds.remove(name, start);
        }
        long rate = 0;
        long eta = 0;
        if (rebuilding) {
            double seconds = Math.max(0.001, (System.nanoTime() - start.nanos()) / 1e9);
            rate = Math.round((position + 1) / seconds);
            eta = rate == 0 ? 0 : (head - position) / rate;
        }
        return new ProjectionStatus(name, processor.isRunning(), rebuilding, position, head, rate, eta, error,
                                    segments.size(), segmentCount);
    }

    private long head() {
        return events.createHeadToken().position().orElse(-1);
    }

    private void logProgress(String name) {
        try {
            while (true) {
                TimeUnit.MILLISECONDS.sleep(LOG_EVERY_MILLIS);
                ProjectionStatus status = status(name, head());
                if (!status.rebuilding()) {
                    log.info("Projection {}: rebuilt, at event {} of {}", name, status.position() + 1,
                             status.head() + 1);
                    return;
                }
                log.info("Projection {}: {} of {} events, {} events/s, about {} s to go", name,
                         status.position() + 1, status.head() + 1, status.eventsPerSecond(), status.etaSeconds());
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** @param restarted whether the processor was reset and started again (until then, its position is the old one) */
    private record Start(long nanos, boolean restarted) {
    }
}
