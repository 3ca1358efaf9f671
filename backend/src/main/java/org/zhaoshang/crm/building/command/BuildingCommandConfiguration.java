package org.zhaoshang.crm.building.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class BuildingCommandConfiguration {

    /**
     * Buildings being worked on stay loaded between commands: a building's units and tax gather hundreds of events, and
     * an import or the demo gives it one command after another. A command that fails drops its building from the
     * cache, so the next attempt loads it from the store.
     */
    @Bean
    Cache buildingCache() {
        return new WeakReferenceCache();
    }
}
