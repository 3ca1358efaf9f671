package org.zhaoshang.crm.messaging;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.Scope;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.Optional;

/**
 * Every command an aggregate handled answers with the aggregate's version after the events it applied, in the
 * result's meta-data under {@link #VERSION_KEY}: a client can then send its next change against that version at
 * once, without waiting for a read model to catch up. The payload of the result is left as it was.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateVersions {

    /** The aggregate's version (the sequence number of its last event) after the command. */
    public static final String VERSION_KEY = "aggregateVersion";

    private static final String RESOURCE_KEY = AggregateVersions.class.getName();

    /**
     * Notes the aggregate that handled the command while it is in scope, inside its handler. Its version is read once
     * the handler is done: a constructor's events are applied only after it returns.
     */
    @Bean
    HandlerEnhancerDefinition aggregateOfCommand() {
        return new HandlerEnhancerDefinition() {
            @Override
            public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
                if (!original.canHandleMessageType(CommandMessage.class)) {
                    return original;
                }
                return new WrappedMessageHandlingMember<>(original) {
                    @Override
                    public Object handle(Message<?> message, T target) throws Exception {
                        Object result = super.handle(message, target);
                        currentAggregate().ifPresent(aggregate -> CurrentUnitOfWork.ifStarted(
                                unitOfWork -> unitOfWork.resources().put(RESOURCE_KEY, aggregate)));
                        return result;
                    }
                };
            }
        };
    }

    private static Optional<Aggregate<?>> currentAggregate() {
        try {
            return Scope.getCurrentScope() instanceof Aggregate<?> aggregate ? Optional.of(aggregate)
                                                                             : Optional.empty();
        } catch (IllegalStateException noScope) {
            return Optional.empty();
        }
    }

    /** Copies the noted version onto the command's result. Registered once every bean exists (see callerOnMessages). */
    @Bean
    SmartInitializingSingleton versionOnCommandResults(ObjectProvider<CommandBus> commandBus) {
        MessageHandlerInterceptor<CommandMessage<?>> versionOnResult = (unitOfWork, chain) -> {
            Object result = chain.proceed();
            Long version = unitOfWork.resources().get(RESOURCE_KEY) instanceof Aggregate<?> aggregate
                           ? aggregate.version() : null;
            return version == null ? result
                    : GenericCommandResultMessage.asCommandResultMessage(result)
                                                 .andMetaData(Map.of(VERSION_KEY, version));
        };
        return () -> commandBus.getObject().registerHandlerInterceptor(versionOnResult);
    }
}
