package org.zhaoshang.crm.notification.webhook.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.notification.api.DefineWebhookCommand;
import org.zhaoshang.crm.notification.api.RemoveWebhookCommand;
import org.zhaoshang.crm.notification.api.WebhookDefinedEvent;
import org.zhaoshang.crm.notification.api.WebhookIds;
import org.zhaoshang.crm.notification.api.WebhookPlatform;
import org.zhaoshang.crm.notification.api.WebhookRemovedEvent;
import org.zhaoshang.crm.security.api.ActiveDepartments;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A group robot (群机器人) administrators keep: where it is, how it signs, and which notices it gets. Its address and
 * secret stay in its events; a change that leaves them out keeps them.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class GroupWebhook {

    private static final int MAX_DEPARTMENT_CODE = 64;

    @AggregateIdentifier
    private String aggregateId;
    private String url;
    private String secret;
    private boolean removed;

    protected GroupWebhook() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefineWebhookCommand command, WebhookAddresses addresses, ActiveDepartments departments,
                       MetaData metaData) {
        Caller caller = requireAdministrator(metaData);
        String department = blankAsNull(command.department());
        String nextUrl = command.url() == null ? url : command.url().strip();
        Violations violations = command.validate(new Violations())
                                       .check(!removed, "webhookId", "removed", "this robot was removed: use a new id")
                                       .required("url", nextUrl)
                                       .check(department == null || department.length() <= MAX_DEPARTMENT_CODE
                                              && departments.isActive(department), "department",
                                              "unknown-department", "must be an active department of the list");
        if (nextUrl != null && !nextUrl.isBlank() && command.platform() != null) {
            addresses.check(violations, command.platform(), nextUrl);
        }
        violations.throwIfAny();
        String nextSecret = command.platform() == WebhookPlatform.WECOM ? null
                            : command.secret() == null ? secret : blankAsNull(command.secret());
        apply(new WebhookDefinedEvent(command.webhookId(), command.name().strip(), command.platform(), nextUrl,
                                      nextSecret, department, command.market(), Set.copyOf(command.kinds()),
                                      command.language(), caller.id()));
    }

    /** Refuses by role first, so that nobody but an administrator learns which robots exist. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveWebhookCommand command, MetaData metaData) {
        Caller caller = requireAdministrator(metaData);
        if (aggregateId == null || removed) {
            throw new NotFoundException("No group robot with this id");
        }
        apply(new WebhookRemovedEvent(command.webhookId(), caller.id()));
    }

    private static Caller requireAdministrator(MetaData metaData) {
        Caller caller = Caller.from(metaData);
        caller.require("Changing the group robots", Role.ADMIN);
        return caller;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(WebhookDefinedEvent event) {
        aggregateId = WebhookIds.of(event.webhookId());
        url = event.url();
        secret = event.secret();
    }

    @EventSourcingHandler
    void on(WebhookRemovedEvent event) {
        removed = true;
    }
}
