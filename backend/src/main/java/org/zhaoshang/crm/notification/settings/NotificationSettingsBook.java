package org.zhaoshang.crm.notification.settings;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.notification.api.ChangeNotificationSettingsCommand;
import org.zhaoshang.crm.notification.api.NotificationSettingsChangedEvent;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One user's notification settings ({@code notify:<username>}), changed by the user or an administrator; each change
 * replaces the whole choice. Before the first change the defaults apply.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class NotificationSettingsBook {

    @AggregateIdentifier
    private String settingsId;
    /** Axon does not check the expected version of a command that may create its aggregate; this does. */
    private long version = -1;

    protected NotificationSettingsBook() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeNotificationSettingsCommand command, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        if (!caller.has(Role.ADMIN) && !caller.id().equals(command.username())) {
            throw new NotPermittedException("Changing another user's notification settings needs the role ADMIN");
        }
        command.validate(new Violations()).throwIfAny();
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            throw new ConflictingAggregateVersionException(command.settingsId(), command.expectedVersion(), version);
        }
        String email = command.email() == null || command.email().isBlank() ? null : command.email().strip();
        apply(new NotificationSettingsChangedEvent(command.username(), email, command.language(), command.channels(),
                                                   caller.id()));
    }

    @EventSourcingHandler
    void on(NotificationSettingsChangedEvent event) {
        settingsId = "notify:" + event.username();
        version++;
    }
}
