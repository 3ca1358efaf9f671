package org.zhaoshang.crm.projection;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    /**
     * Every projection handles events in batches (one unit of work, one {@link ChangedInBatch} bulk write and one token
     * update per batch): a rebuild is bound by round trips to the store, not by the handlers.
     */
    @Autowired
    void processInBatches(EventProcessingConfigurer processing,
                          @Value("${zhaoshang.projection.batch-size:250}") int batchSize) {
        processing.registerTrackingEventProcessorConfiguration(
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                    .andBatchSize(batchSize));
    }
}
