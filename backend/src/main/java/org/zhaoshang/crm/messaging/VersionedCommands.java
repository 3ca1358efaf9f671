package org.zhaoshang.crm.messaging;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command as {@link CommandGateway#sendAndWait(Object)} does (same interceptors, retries and exceptions) and
 * answers the aggregate's version after it (see {@link AggregateVersions}).
 */
@Component
public class VersionedCommands {

    private final CommandGateway commands;

    public VersionedCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** @return the version of the aggregate after the command */
    public long sendAndWait(Object command) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commands.send(command, callback);
        CommandResultMessage<?> result = callback.getResult();
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            if (failure instanceof Error error) {
                throw error;
            }
            throw failure instanceof RuntimeException runtime ? runtime
                    : new CommandExecutionException("An exception occurred while executing a command", failure);
        }
        Object version = result.getMetaData().get(AggregateVersions.VERSION_KEY);
        if (!(version instanceof Number number)) {
            throw new IllegalStateException("The command " + command.getClass().getSimpleName()
                                                    + " was not handled by an aggregate");
        }
        return number.longValue();
    }
}
