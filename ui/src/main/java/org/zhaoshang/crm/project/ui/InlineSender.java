package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.problem.Problem;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.Translations;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Gives a command and shows a refusal right where it was asked for (the backend decides who may do what): violations
 * at their fields, the rest in the refusal line next to the action, in the user's words.
 */
final class InlineSender {

    private final CommandGateway commands;

    InlineSender(CommandGateway commands) {
        this.commands = commands;
    }

    /** True when acknowledged; {@code refusal} then is emptied and hidden. */
    boolean send(Object command, FieldErrors errors, Span refusal) {
        return send(command, errors, refusal, "");
    }

    /**
     * The same; a refusal without violations reads {@code project.refused.<action>.<code>} when there is such a
     * translation (what a 403 means depends on what was asked).
     */
    boolean send(Object command, FieldErrors errors, Span refusal, String action) {
        boolean acknowledged = CommandSender.send(commands, command, errors,
                                                  problem -> say(refusal, told(problem, errors, action)));
        if (acknowledged) {
            say(refusal, null);
        }
        return acknowledged;
    }

    private static String told(Problem problem, FieldErrors errors, String action) {
        Locale locale = UI.getCurrent().getLocale();
        if (problem.violations().isEmpty()) {
            return Translations.first(locale, "project.refused." + action + "." + problem.code(),
                                                       "project.refused." + problem.code())
                               .orElseGet(() -> Translations.of(problem, locale));
        }
        List<FieldViolation> elsewhere = errors == null ? problem.violations() : errors.show(problem.violations());
        return elsewhere.isEmpty() ? Translations.of(problem, locale)
                : elsewhere.stream().map(violation -> FieldErrors.message(violation, locale))
                           .collect(Collectors.joining("; "));
    }

    static void say(Span refusal, String text) {
        refusal.setText(text == null ? "" : text);
        refusal.setVisible(text != null);
    }

    static Span refusalLine() {
        Span refusal = new Span();
        refusal.addClassName("inline-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        refusal.setVisible(false);
        return refusal;
    }
}
