package org.zhaoshang.crm.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.zhaoshang.crm.lead.api.command.StageGateNotMetException;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.ui.AccountView;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.shared.problem.Problem;
import org.zhaoshang.crm.shared.problem.Problems;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI tells a failure by the same mapping as the REST API ({@link Problems}): a conflict, however the backend
 * noticed it, means "reload and try again" with a reload at hand; a validation error names the field and the rule.
 */
class ProblemsInTheUiTest extends KaribuSpringTest {

    private final AtomicBoolean reloaded = new AtomicBoolean();

    private boolean send(RuntimeException failure, FieldErrors errors) {
        CommandGateway failing = Mockito.mock(CommandGateway.class);
        Mockito.when(failing.sendAndWait(Mockito.any())).thenThrow(failure);
        return new CommandSender(failing, UI.getCurrent(), () -> reloaded.set(true)).send(new Object(), errors);
    }

    private void openAccount(Locale locale) {
        signIn("staff");
        open(AccountView.class, locale);
    }

    @Test
    void aConflictAndAStaleVersionAreTheSameConflictWithAReload() {
        List<RuntimeException> conflicts = List.of(
                new ConcurrencyException("at the same time"),
                new ConflictingAggregateVersionException("lead-1", 3, 4),
                // as a command bus that is not local hands it over: wrapped
                new CommandExecutionException("failed", new ConcurrencyException("at the same time")));

        for (RuntimeException conflict : conflicts) {
            openAccount(Locale.ENGLISH);
            Problem problem = Problems.of(conflict);
            assertThat(problem.status()).as(conflict.toString()).isEqualTo(409);

            assertThat(send(conflict, null)).isFalse();

            Notification offer = _get(Notification.class);
            assertThat(_get(offer, Span.class).getText())
                    .isEqualTo(Translations.of(problem, Locale.ENGLISH))
                    .isEqualTo("Someone else changed this record; reload and try again");
            _click(_get(offer, Button.class, spec -> spec.withText("Reload")));
            assertThat(reloaded).isTrue();
            reloaded.set(false);
        }
    }

    @Test
    void aConflictInChinese() {
        openAccount(Locale.SIMPLIFIED_CHINESE);

        send(new ConcurrencyException("at the same time"), null);

        assertThat(_get(_get(Notification.class), Span.class).getText()).isEqualTo("该记录已被他人修改，请刷新后重试");
    }

    @Test
    void aValidationErrorIsShownAtItsFieldAndTheRestInAMessage() {
        openAccount(Locale.ENGLISH);
        TextField name = new TextField();
        UI.getCurrent().add(name);
        FieldViolation atName = new FieldViolation("name", "required", "must not be blank");
        FieldViolation elsewhere = new FieldViolation("website", "url", "must be an http(s) address");
        InvalidInputException invalid = new InvalidInputException(List.of(atName, elsewhere));
        assertThat(Problems.of(invalid).violations()).containsExactly(atName, elsewhere);

        assertThat(send(invalid, new FieldErrors().field("name", name))).isFalse();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(FieldErrors.message(atName, Locale.ENGLISH)).isEqualTo("Required");
        NotificationsKt.expectNotifications(FieldErrors.message(elsewhere, Locale.ENGLISH));
    }

    @Test
    void aRecordThatIsGoneOrARefusalIsToldNotThrown() {
        openAccount(Locale.ENGLISH);

        assertThat(send(new NotFoundException("No ambassador with this id"), null)).isFalse();
        assertThat(send(new NotPermittedException("Reassigning a lead needs the role MANAGER"), null)).isFalse();

        NotificationsKt.expectNotifications("This record does not exist or you may not see it",
                                            "Your role does not allow this");
    }

    @Test
    void aRefusalAViewDidNotCatchIsToldAsSuchNotAsUnexpected() {
        openAccount(Locale.ENGLISH);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new NotPermittedException("Reassigning a lead needs the role MANAGER")));

        NotificationsKt.expectNotifications("Your role does not allow this");
    }

    @Test
    void everyProblemTheMappingKnowsHasATextInBothLanguages() {
        List<RuntimeException> failures = List.of(
                new ConcurrencyException("x"), new ConflictingAggregateVersionException("lead-1", 1, 2),
                new InvalidInputException(List.of(new FieldViolation("name", "required", "required"))),
                new NotFoundException("x"), new NotPermittedException("x"), new IllegalStateException("x"),
                new org.zhaoshang.crm.shared.api.IdempotencyKeyReusedException(),
                new org.axonframework.modelling.command.AggregateNotFoundException("lead-1", "x"),
                new com.mongodb.MongoTimeoutException("x"),
                new com.mongodb.MongoSocketReadException("x", new com.mongodb.ServerAddress()),
                new StageGateNotMetException(Stage.SITE_VISIT, List.of(new FieldViolation("visitOn", "required", "x"))));
        for (RuntimeException failure : failures) {
            String key = Problems.of(failure).messageKey();
            assertThat(Translations.first(Locale.ENGLISH, key)).as(key).isPresent();
            assertThat(Translations.first(Locale.SIMPLIFIED_CHINESE, key)).as(key).isPresent()
                    .isNotEqualTo(Translations.first(Locale.ENGLISH, key));
        }
    }
}
