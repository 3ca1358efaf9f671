package org.zhaoshang.crm.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.zhaoshang.crm.projection.WritesFirstTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;

import java.util.concurrent.TimeUnit;

/** Chooses the store (embedded or external MongoDB) and wires the event store and token store onto it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    Store store(StoreProperties properties) {
        return Store.open(properties);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(Store store) {
        return MongoClients.create(MongoClientSettings.builder()
                                                      .applyConnectionString(new ConnectionString(store.connectionString()))
                                                      .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                                                      .build());
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
                                      .eventSerializer(eventSerializer)
                                      .upcasterChain(axon.upcasterChain())
                                      .build();
    }

    @Bean
    TokenStore tokenStore(MongoDatabase database, Serializer serializer) {
        return new WritesFirstTokenStore(
                MongoTokenStore.builder()
                               .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                               .serializer(serializer)
                               .build());
    }
}
