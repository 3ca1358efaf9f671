package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.problem.Problem;
import org.zhaoshang.crm.shared.problem.Problems;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Gives a command for a view and shows what went wrong where it happened, as {@link Problems} (which the REST API
 * shares) says what it means: rule violations at their fields (the rest in a notification), a stage gate to whoever
 * asks for the missing facts, a conflict with an offer to reload, a refusal in the user's words; a form with a field
 * it cannot read (a date that is not one) sends nothing. True when the command was acknowledged.
 */
public final class CommandSender {

    private final CommandGateway commands;
    private final Component view;
    private final Runnable reload;

    public CommandSender(CommandGateway commands, Component view, Runnable reload) {
        this.commands = commands;
        this.view = view;
        this.reload = reload;
    }

    public boolean send(Object command, FieldErrors errors) {
        return send(command, errors, this::show);
    }

    /**
     * The same, and {@code missingFacts} takes the violations of a rule that needs facts first (a stage gate), to ask
     * the user for exactly those.
     */
    public boolean send(Object command, FieldErrors errors, Consumer<List<FieldViolation>> missingFacts) {
        return send(commands, command, errors, problem -> tell(problem, errors, missingFacts));
    }

    /**
     * Gives a command and waits: true when acknowledged (the fields' errors then cleared); a refusal goes to
     * {@code refused}, an unexpected failure on to the session's error handler; nothing is sent while a field cannot
     * be read. For senders that show a refusal their own way.
     */
    public static boolean send(CommandGateway commands, Object command, FieldErrors errors,
                               Consumer<Problem> refused) {
        if (errors != null && !errors.readable()) {
            return false;
        }
        try {
            commands.sendAndWait(command);
            if (errors != null) {
                errors.clear();
            }
            return true;
        } catch (RuntimeException failure) {
            Problem problem = Problems.of(failure);
            if (problem.unexpected()) {
                throw failure; // the session's error handler logs it and tells the user
            }
            refused.accept(problem);
        }
        return false;
    }

    /** Where the problem belongs: the store's banner, a reload, the facts asked for, the fields, else a message. */
    private void tell(Problem problem, FieldErrors errors, Consumer<List<FieldViolation>> missingFacts) {
        if (problem.outage() != null) {
            storeUnavailable(problem);
        } else if (problem.conflict()) {
            offerReload(problem);
        } else if (problem.missingFacts()) {
            missingFacts.accept(problem.violations());
        } else if (!problem.violations().isEmpty()) {
            List<FieldViolation> elsewhere = errors == null ? problem.violations() : errors.show(problem.violations());
            if (!elsewhere.isEmpty()) {
                show(elsewhere);
            }
        } else {
            error(told(problem));
        }
    }

    /** A banner across the top that stays until closed: the user must know that nothing (or maybe nothing) was saved. */
    private void storeUnavailable(Problem problem) {
        Notification banner = new Notification();
        banner.addThemeVariants(NotificationVariant.LUMO_ERROR);
        banner.setPosition(Notification.Position.TOP_STRETCH);
        banner.setDuration(0);
        Button close = new Button(view.getTranslation("store.down.close"), click -> banner.close());
        HorizontalLayout content = new HorizontalLayout(
                new Span(told(problem)), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        banner.add(content);
        banner.open();
    }

    private void show(List<FieldViolation> violations) {
        error(violations.stream().map(violation -> FieldErrors.message(violation, UI.getCurrent().getLocale()))
                        .collect(Collectors.joining("; ")));
    }

    /** The problem in the user's language. */
    private static String told(Problem problem) {
        return Translations.of(problem, UI.getCurrent().getLocale());
    }

    private void error(String message) {
        Notification.show(message, 6_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void offerReload(Problem problem) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        Button reloadButton = new Button(view.getTranslation("lead.conflict.reload"), click -> {
            notification.close();
            reload.run();
        });
        notification.add(new HorizontalLayout(new Span(told(problem)), reloadButton));
        notification.open();
    }
}
