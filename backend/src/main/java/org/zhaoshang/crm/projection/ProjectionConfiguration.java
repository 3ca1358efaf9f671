package org.zhaoshang.crm.projection;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    /**
     * Read models are fed by pooled streaming processors: one reader of the event log hands each segment's events to
     * a worker thread, in batches (one unit of work, one {@link ChangedInBatch} hand-over and one token update per
     * batch). Reading the log once instead of once per segment, and writing once per lead per batch instead of once
     * per event, is what makes a rebuild fast on the embedded store.
     */
    @Autowired
    void processInBatches(EventProcessingConfigurer processing,
                          @Value("${zhaoshang.projection.batch-size:1000}") int batchSize,
                          @Value("${zhaoshang.projection.segments:2}") int segments,
                          @Value("${zhaoshang.projection.claim-interval:2s}") Duration claimInterval,
                          @Value("${zhaoshang.projection.claim-timeout:10s}") Duration claimTimeout) {
        processing.usingPooledStreamingEventProcessors(
                (configuration, builder) -> builder.batchSize(batchSize)
                                                   .initialSegmentCount(segments)
                                                   .tokenClaimInterval(claimInterval.toMillis())
                                                   .claimExtensionThreshold(claimTimeout.toMillis() / 3));
    }

    /** The processors' tokens, in the store next to the events (the store's own wiring does not know projections). */
    @Bean
    TokenStore tokenStore(MongoDatabase database, Serializer serializer,
                          @Value("${zhaoshang.projection.claim-timeout:10s}") Duration claimTimeout) {
        return new WritesFirstTokenStore(
                MongoTokenStore.builder()
                               .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                               .serializer(serializer)
                               .claimTimeout(claimTimeout)
                               .nodeId(ReadModelNodes.THIS_NODE)
                               .build());
    }

    /** With several nodes on one store, a lead's memory is checked against its documents (see the guard): here only. */
    @Autowired
    void guardLeadVersions(EventProcessingConfigurer processing, LeadVersionGuard guard) {
        processing.registerHandlerInterceptor(ReadModels.PROCESSING_GROUP, configuration -> guard.interceptor());
    }

    /**
     * A handler that fails fails its whole batch, which the processor retries (with back-off) until it succeeds:
     * Axon's default logs the failure and goes on, leaving the read model without that change for good.
     */
    @Autowired
    void failBatchesWhenAHandlerFails(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
