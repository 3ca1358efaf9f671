package org.zhaoshang.crm.notification.decide;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The processor that decides notices from events: its own group, not a read model (a rebuild of the read models does
 * not replay it). On a store it never ran on it starts at the head of the log, so that deploying it tells nobody of
 * the years before; resetting it starts it at the head again.
 */
@Configuration(proxyBeanMethods = false)
class NotificationProcessing {

    static final String PROCESSING_GROUP = "notifications";

    @Autowired
    void startAtTheHead(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessor(
                PROCESSING_GROUP, configuration -> configuration.eventStore(),
                (configuration, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    }
}
