package org.zhaoshang.crm.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the record a command is for, as Axon does, but refuses a command that names none (its
 * {@code @TargetAggregateIdentifier} is null) as invalid input on that field, where Axon throws an
 * IllegalArgumentException.
 */
@Component
class RequiredTargetIds implements CommandTargetResolver {

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        try {
            return annotations.resolveTarget(command);
        } catch (IllegalArgumentException noTarget) {
            throw new InvalidInputException(List.of(new FieldViolation(targetField(command.getPayloadType()),
                                                                       "required", "must not be empty")));
        }
    }

    private static String targetField(Class<?> commandType) {
        return Arrays.stream(commandType.getDeclaredFields())
                     .filter(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class))
                     .map(Field::getName).findFirst().orElse("id");
    }
}
