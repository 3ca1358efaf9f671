package org.zhaoshang.crm.messaging;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRetriesTest {

    private final ConflictRetries retries = new ConflictRetries(2);

    @Test
    void retriesACommandThatMetAnotherAppendUntilTheRetriesAreUsedUp() throws Exception {
        RuntimeException conflict = new CommandExecutionException("failed", new ConcurrencyException(
                "An event for aggregate [lead-1] at sequence [4] was already inserted",
                new IllegalStateException("E11000 duplicate key")));
        CountDownLatch dispatched = new CountDownLatch(1);

        assertThat(retries.scheduleRetry(command(), conflict, failures(1), dispatched::countDown)).isTrue();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).as("dispatched again").isTrue();
        assertThat(retries.scheduleRetry(command(), conflict, failures(2), () -> { })).isTrue();
        assertThat(retries.scheduleRetry(command(), conflict, failures(3), () -> { })).isFalse();
    }

    @Test
    void answersEverythingElseAtOnce() {
        assertThat(retries.scheduleRetry(command(), new ConflictingAggregateVersionException("lead-1", 3, 5),
                                         failures(1), () -> { })).isFalse();
        InvalidInputException invalid = new InvalidInputException(
                List.of(new FieldViolation("summary", "required", "is required")));
        assertThat(retries.scheduleRetry(command(), invalid, failures(1), () -> { })).isFalse();
        assertThat(retries.scheduleRetry(command(), new IllegalStateException("store down"), failures(1), () -> { }))
                .isFalse();
    }

    private static GenericCommandMessage<String> command() {
        return new GenericCommandMessage<>("log activity");
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[]{ConcurrencyException.class});
        }
        return failures;
    }
}
