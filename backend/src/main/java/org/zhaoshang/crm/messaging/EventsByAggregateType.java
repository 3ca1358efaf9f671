package org.zhaoshang.crm.messaging;

import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every aggregate is loaded from its own type's events only. Leads, ambassadors and years share the event store's ids,
 * so a command naming another kind of record's id (a lead command with an ambassador's id) would otherwise apply that
 * record's events to the wrong aggregate and fail with Axon's IncompatibleAggregateException instead of finding no
 * record. Set on the bean definitions, because Axon's Spring Boot aggregate lookup (4.13) ignores
 * {@code @Aggregate(filterEventsByType)}.
 */
@Configuration(proxyBeanMethods = false)
public class EventsByAggregateType {

    @Bean
    static BeanFactoryPostProcessor filterEventsByAggregateType() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanDefinitionNames()) {
                var definition = beanFactory.getBeanDefinition(name);
                if (SpringAggregateConfigurer.class.getName().equals(definition.getBeanClassName())) {
                    definition.getPropertyValues().add("filterEventsByType", true);
                }
            }
        };
    }
}
