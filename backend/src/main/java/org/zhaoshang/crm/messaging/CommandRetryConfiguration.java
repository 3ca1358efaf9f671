package org.zhaoshang.crm.messaging;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command gateway, with {@link ConflictRetries}. */
@Configuration(proxyBeanMethods = false)
public class CommandRetryConfiguration {

    @Bean
    CommandGateway commandGateway(CommandBus commandBus,
                                  @Value("${zhaoshang.command.conflict-retries:5}") int conflictRetries) {
        return DefaultCommandGateway.builder()
                                    .commandBus(commandBus)
                                    .retryScheduler(new ConflictRetries(conflictRetries))
                                    .build();
    }
}
