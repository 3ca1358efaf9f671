package org.zhaoshang.crm.shared.problem;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.command.StageGateNotMetException;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.IdempotencyKeyReusedException;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.storage.StoreOutage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one mapping from a failure to what the caller is told, which the REST API and the UI share. */
class ProblemsTest {

    private static final FieldViolation REQUIRED = new FieldViolation("nameEn", "required", "must not be blank");

    @Test
    void aConcurrentChangeIsAConflictToReload() {
        Problem problem = Problems.of(new ConcurrencyException("two at once"), "lead");

        assertThat(problem).extracting(Problem::code, Problem::status, Problem::title, Problem::messageKey)
                           .containsExactly("conflict", 409, "Conflict", "problem.conflict");
        assertThat(problem.conflict()).isTrue();
        assertThat(problem.unexpected()).isFalse();
    }

    @Test
    void aStaleVersionIsAConflictThatSaysTheVersionNow() {
        Problem problem = Problems.of(new ConflictingAggregateVersionException("lead-1", 3, 4), "lead");

        assertThat(problem).extracting(Problem::code, Problem::status, Problem::currentVersion, Problem::arguments)
                           .containsExactly("stale-version", 409, 4L, List.of(3L, 4L));
        assertThat(problem.detail()).isEqualTo("The lead was changed since you read it: you sent expectedVersion 3, it "
                                               + "is now at version 4. Reload it and try again");
        assertThat(problem.conflict()).isTrue();
    }

    @Test
    void invalidInputNamesEachFieldAndRule() {
        Problem problem = Problems.of(new InvalidInputException(List.of(REQUIRED)), "lead");

        assertThat(problem).extracting(Problem::code, Problem::status, Problem::title, Problem::detail)
                           .containsExactly("invalid-input", 400, "Invalid input", "nameEn: must not be blank");
        assertThat(problem.violations()).containsExactly(REQUIRED);
        assertThat(problem.missingFacts()).isFalse();
    }

    @Test
    void aFeaturesProblemTypeSaysItself() {
        Problem gate = Problems.of(new StageGateNotMetException(Stage.SITE_VISIT, List.of(REQUIRED)), "lead");
        Problem forbidden = Problems.of(new NotPermittedException("Reassigning a lead needs the role MANAGER"), "lead");
        Problem reused = Problems.of(new IdempotencyKeyReusedException(), "lead");

        assertThat(gate).extracting(Problem::code, Problem::status, Problem::title)
                        .containsExactly("stage-gate-not-met", 422, "Stage gate not met: SITE_VISIT");
        assertThat(gate.violations()).containsExactly(REQUIRED);
        assertThat(gate.missingFacts()).isTrue();
        assertThat(forbidden).extracting(Problem::code, Problem::status, Problem::title, Problem::detail)
                             .containsExactly("forbidden", 403, "Forbidden", "Reassigning a lead needs the role MANAGER");
        assertThat(reused).extracting(Problem::code, Problem::status).containsExactly("idempotency-key-reused", 422);
        assertThat(reused.missingFacts()).isFalse();
    }

    @Test
    void anUnknownOrHiddenRecordIsNotFound() {
        assertThat(Problems.of(new AggregateNotFoundException("lead-1", "gone"), "lead"))
                .extracting(Problem::code, Problem::status, Problem::detail)
                .containsExactly("not-found", 404, "No lead with this id");
        assertThat(Problems.of(new NotFoundException("No ambassador with this id"), "ambassador"))
                .extracting(Problem::code, Problem::status, Problem::detail)
                .containsExactly("not-found", 404, "No ambassador with this id");
    }

    @Test
    void aFailureIsToldByTheCauseTheMessagingWrapped() {
        assertThat(Problems.of(new CommandExecutionException("failed", new ConcurrencyException("two at once")))
                           .code()).isEqualTo("conflict");
        assertThat(Problems.of(new IllegalStateException("wrapped", new NotPermittedException("no"))).code())
                .isEqualTo("forbidden");
    }

    @Test
    void theStoreAwaySaysWhetherTheChangeMayHaveBeenSaved() {
        Problem notSent = Problems.of(new IllegalStateException("x", new MongoTimeoutException("no server")));
        Problem unconfirmed = Problems.of(new MongoSocketReadException("broke", new ServerAddress()));

        assertThat(notSent).extracting(Problem::code, Problem::status, Problem::outage)
                           .containsExactly("store-not-sent", 503, StoreOutage.NOT_SENT);
        assertThat(unconfirmed).extracting(Problem::code, Problem::status, Problem::outage)
                               .containsExactly("store-unconfirmed", 503, StoreOutage.UNCONFIRMED);
        assertThat(notSent.unexpected()).isFalse();
    }

    @Test
    void anythingElseIsUnexpectedAndSaysNoMore() {
        Problem problem = Problems.of(new IllegalStateException("secret internals"));

        assertThat(problem).extracting(Problem::code, Problem::status, Problem::detail)
                           .containsExactly("unexpected", 500, "An unexpected error occurred; it has been logged");
        assertThat(problem.unexpected()).isTrue();
    }
}
