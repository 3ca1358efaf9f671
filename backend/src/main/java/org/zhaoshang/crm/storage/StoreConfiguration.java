package org.zhaoshang.crm.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Chooses the store (embedded or external MongoDB) and wires the event store onto it (the token store: projection). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class StoreConfiguration {

    /** How often the driver checks the store: how soon a store that is back is noticed while nothing asks it. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);

    @Bean(destroyMethod = "close")
    Store store(StoreProperties properties) {
        return Store.open(properties);
    }

    /**
     * While no store answers, a request waits {@code zhaoshang.mongodb.unavailable-after} for one before it fails
     * (503): long enough for a replica set to elect a new primary, short enough that a user is not left waiting.
     */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(Store store, StoreAvailability availability,
                            @Value("${zhaoshang.mongodb.unavailable-after:3s}") Duration unavailableAfter) {
        return MongoClients.create(MongoClientSettings.builder()
                                                      .applyConnectionString(new ConnectionString(store.connectionString()))
                                                      .applyToClusterSettings(cluster -> cluster
                                                              .serverSelectionTimeout(unavailableAfter.toMillis(),
                                                                                      TimeUnit.MILLISECONDS)
                                                              .addClusterListener(availability))
                                                      .applyToServerSettings(server -> server.heartbeatFrequency(
                                                              HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS))
                                                      .build());
    }

    @Bean
    StoreAvailability storeAvailability() {
        return new StoreAvailability();
    }

    /** Registered once every bean exists: Axon's configuration and its command bus depend on each other. */
    @Bean
    SmartInitializingSingleton refuseCommandsWhileTheStoreIsDown(ObjectProvider<CommandBus> commandBus,
                                                                 StoreAvailability availability) {
        return () -> commandBus.getObject().registerDispatchInterceptor(availability);
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, StoreProperties properties) {
        return client.getDatabase(properties.mongodb().database());
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoDatabase database,
                                          StoreProperties properties,
                                          Store store,
                                          Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon) {
        StoreProperties.EventStore tuning = properties.eventStore();
        return MongoEventStorageEngine.builder()
                                      .database(database)
                                      .durability(store.durability())
                                      .gapTimeout(tuning.gapTimeout())
                                      .maxGapOffset(tuning.maxGapOffset())
                                      .batchSize(tuning.aggregateBatchSize())
                                      .trackingBatchSize(tuning.trackingBatchSize())
                                      .snapshotSerializer(serializer)
                                      // an aggregate's @Revision: snapshots of an older shape are not loaded
                                      .snapshotFilter(axon.snapshotFilter())
                                      .eventSerializer(eventSerializer)
                                      .upcasterChain(axon.upcasterChain())
                                      .build();
    }
}
