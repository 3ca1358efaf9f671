package org.zhaoshang.crm.messaging;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhaoshang.crm.shared.api.Actor;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps every command with its actor (unless the sender named one) and copies the actor onto every event the
 * command causes; the event's timestamp is when it was recorded.
 */
@Configuration(proxyBeanMethods = false)
public class ActorMetaDataConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CurrentActor currentActor() {
        return () -> Actor.ANONYMOUS;
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CorrelationDataProvider actorOnEvents() {
        return new SimpleCorrelationDataProvider(Actor.META_DATA_KEY);
    }

    /** Registered once every bean exists: Axon's configuration and its command bus depend on each other. */
    @Bean
    SmartInitializingSingleton actorOnCommands(ObjectProvider<CommandBus> commandBus, CurrentActor currentActor) {
        return () -> commandBus.getObject().registerDispatchInterceptor(new ActorStamp(currentActor));
    }

    private record ActorStamp(CurrentActor currentActor) implements MessageDispatchInterceptor<CommandMessage<?>> {
        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, command) -> command.getMetaData().containsKey(Actor.META_DATA_KEY)
                                       ? command
                                       : command.andMetaData(Map.of(Actor.META_DATA_KEY, currentActor.id()));
        }
    }
}
