package org.zhaoshang.crm.lead.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class LeadCommandConfiguration {

    /** Leads live for years and gather many events: load them from a snapshot plus the events after it. */
    @Bean
    SnapshotTriggerDefinition leadSnapshotTrigger(Snapshotter snapshotter,
                                                  @Value("${zhaoshang.lead.snapshot-every:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Leads being worked on stay loaded between commands. A command that fails (a conflict with another node's
     * append included) drops its lead from the cache, so the next attempt loads it from the store.
     */
    @Bean
    Cache leadCache() {
        return new WeakReferenceCache();
    }
}
