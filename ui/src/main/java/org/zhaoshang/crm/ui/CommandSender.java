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
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.zhaoshang.crm.lead.api.command.StageGateNotMetException;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.storage.StoreOutage;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Gives a command for a view and shows what went wrong where it happened: rule violations at their fields (the rest
 * in a notification), a stage gate to whoever asks for the missing facts, a conflict with an offer to reload, a
 * refusal in the user's words; a form with a field it cannot read (a date that is not one) sends nothing. True when
 * the command was acknowledged.
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
        return send(command, errors, gate -> show(gate.violations()));
    }

    public boolean send(Object command, FieldErrors errors, Consumer<StageGateNotMetException> gateNotMet) {
        if (errors != null && !errors.readable()) {
            return false;
        }
        try {
            commands.sendAndWait(command);
            if (errors != null) {
                errors.clear();
            }
            return true;
        } catch (StageGateNotMetException gate) {
            gateNotMet.accept(gate);
        } catch (InvalidInputException invalid) {
            List<FieldViolation> elsewhere = errors == null ? invalid.violations() : errors.show(invalid.violations());
            if (!elsewhere.isEmpty()) {
                show(elsewhere);
            }
        } catch (ConcurrencyException | ConflictingModificationException conflict) {
            offerReload();
        } catch (NotPermittedException | AggregateNotFoundException refused) {
            error(view.getTranslation(refused instanceof NotPermittedException ? "command.forbidden"
                                                                               : "command.gone"));
        } catch (RuntimeException failure) {
            StoreOutage outage = StoreOutage.of(failure).orElseThrow(() -> failure);
            storeUnavailable(outage);
        }
        return false;
    }

    /** A banner across the top that stays until closed: the user must know that nothing (or maybe nothing) was saved. */
    private void storeUnavailable(StoreOutage outage) {
        Notification banner = new Notification();
        banner.addThemeVariants(NotificationVariant.LUMO_ERROR);
        banner.setPosition(Notification.Position.TOP_STRETCH);
        banner.setDuration(0);
        Button close = new Button(view.getTranslation("store.down.close"), click -> banner.close());
        HorizontalLayout content = new HorizontalLayout(
                new Span(view.getTranslation(outage == StoreOutage.NOT_SENT ? "store.down.not-sent"
                                                                            : "store.down.unconfirmed")), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        banner.add(content);
        banner.open();
    }

    private void show(List<FieldViolation> violations) {
        error(violations.stream().map(violation -> FieldErrors.message(violation, UI.getCurrent().getLocale()))
                        .collect(Collectors.joining("; ")));
    }

    private void error(String message) {
        Notification.show(message, 6_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void offerReload() {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setPosition(Notification.Position.MIDDLE);
        Button reloadButton = new Button(view.getTranslation("lead.conflict.reload"), click -> {
            notification.close();
            reload.run();
        });
        notification.add(new HorizontalLayout(new Span(view.getTranslation("lead.form.conflict")), reloadButton));
        notification.open();
    }
}
