package org.zhaoshang.crm.messaging;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Axon settings of the backend, below the application's own properties, so that a deployment can override them. */
@Configuration
@PropertySource("classpath:org/zhaoshang/crm/messaging/defaults.properties")
class MessagingDefaults {
}
