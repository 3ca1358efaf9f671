package org.zhaoshang.crm.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** What the actuator shows and to whom, below the application's own properties, so a deployment can override it. */
@Configuration
@PropertySource("classpath:org/zhaoshang/crm/operations/defaults.properties")
class OperationsDefaults {
}
