package org.zhaoshang.crm.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.storage.StoreAvailability;

/**
 * Starts the event processors afresh when the store is back after an outage. While it was down each processor retried
 * with pauses that double up to a minute, so without this the read models could wait that long to catch up.
 */
@Component
class ResumeAfterStoreOutage implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ResumeAfterStoreOutage.class);

    private final EventProcessingConfiguration processing;
    private final StoreAvailability store;

    ResumeAfterStoreOutage(EventProcessingConfiguration processing, StoreAvailability store) {
        this.processing = processing;
        this.store = store;
    }

    @Override
    public void afterSingletonsInstantiated() {
        store.whenBack(this::restartProcessors);
    }

    private void restartProcessors() {
        processing.eventProcessors().values().stream()
                  .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                  .filter(StreamingEventProcessor::isRunning)
                  .forEach(processor -> {
                      log.info("Projection {}: the store is back; starting it afresh to catch up now",
                               processor.getName());
                      processor.shutDown();
                      processor.start();
                  });
    }
}
