package org.zhaoshang.crm.shared.problem;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.shared.api.ProblemType;
import org.zhaoshang.crm.storage.StoreOutage;

import java.util.List;
import java.util.Optional;

/**
 * The one mapping from a failure to what the caller is told, for the REST API and the UI alike: a new failure is
 * added here (or as a feature's {@link ProblemType}) once. Failures wrapped by the messaging (a command's or a
 * query's execution exception) are told by their cause.
 */
public final class Problems {

    private Problems() {
    }

    /** What this failure means; {@code subject} names the record in the English detail (a lead, an ambassador). */
    public static Problem of(Throwable failure, String subject) {
        Optional<StoreOutage> outage = StoreOutage.of(failure);
        if (outage.isPresent()) {
            return storeUnavailable(outage.get());
        }
        Throwable cause = domainCause(failure);
        if (cause instanceof ProblemType typed) {
            return new Problem(typed.code(), typed.status(), typed.title(), cause.getMessage(), List.of(),
                               cause instanceof InvalidInputException invalid ? invalid.violations() : List.of(),
                               null, null);
        }
        if (cause instanceof InvalidInputException invalid) {
            return new Problem("invalid-input", 400, "Invalid input", invalid.getMessage(), List.of(),
                               invalid.violations(), null, null);
        }
        if (cause instanceof NotFoundException notFound) {
            return Problem.of("not-found", 404, "Not found", notFound.getMessage());
        }
        if (cause instanceof AggregateNotFoundException) {
            return Problem.of("not-found", 404, "Not found", "No " + subject + " with this id");
        }
        if (cause instanceof ConflictingAggregateVersionException stale) {
            return new Problem("stale-version", 409, "Conflict",
                               "The " + subject + " was changed since you read it: you sent expectedVersion "
                               + stale.getExpectedVersion() + ", it is now at version " + stale.getActualVersion()
                               + ". Reload it and try again",
                               List.of(stale.getExpectedVersion(), stale.getActualVersion()), List.of(),
                               stale.getActualVersion(), null);
        }
        if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
            return Problem.of("conflict", 409, "Conflict",
                              "Someone else changed this record at the same time; reload it and try again");
        }
        return Problem.of("unexpected", 500, "Internal error", "An unexpected error occurred; it has been logged");
    }

    public static Problem of(Throwable failure) {
        return of(failure, "record");
    }

    private static Problem storeUnavailable(StoreOutage outage) {
        boolean notSent = outage == StoreOutage.NOT_SENT;
        return new Problem(notSent ? "store-not-sent" : "store-unconfirmed", 503, "Store unavailable",
                           notSent ? "The data store cannot be reached; nothing was changed. Try again shortly"
                                   : "The connection to the data store broke while it was asked: the change may or "
                                     + "may not have been saved. Check the record before trying again",
                           List.of(), List.of(), null, outage);
    }

    /** The failure itself, or the first cause that says what happened (the messaging wraps what a handler threw). */
    private static Throwable domainCause(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current.getCause() != current && !told(current)) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean told(Throwable failure) {
        return failure instanceof InvalidInputException || failure instanceof ProblemType
               || failure instanceof NotFoundException || failure instanceof ConcurrencyException
               || failure instanceof ConflictingModificationException
               || failure instanceof AggregateNotFoundException;
    }
}
