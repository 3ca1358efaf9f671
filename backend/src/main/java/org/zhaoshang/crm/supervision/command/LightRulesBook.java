package org.zhaoshang.crm.supervision.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.supervision.api.ChangeLightRulesCommand;
import org.zhaoshang.crm.supervision.api.LightRulesChangedEvent;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The rules of escalation and of the lights (one set, {@link ChangeLightRulesCommand#RULES_ID}), changed by
 * administrators and managers from a day on; every change is kept. Before the first change the defaults apply.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class LightRulesBook {

    @AggregateIdentifier
    private String rulesId;
    /** Axon does not check the expected version of a command that may create its aggregate; this does. */
    private long version = -1;

    protected LightRulesBook() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeLightRulesCommand command, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        caller.require("Changing the light rules", Role.ADMIN, Role.MANAGER);
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            throw new ConflictingAggregateVersionException(ChangeLightRulesCommand.RULES_ID,
                                                           command.expectedVersion(), version);
        }
        LocalDate today = BureauTime.today(clock);
        command.validate(new Violations(), today).throwIfAny();
        LocalDate from = command.effectiveFrom() == null ? today : command.effectiveFrom();
        apply(new LightRulesChangedEvent(ChangeLightRulesCommand.RULES_ID, command.rules(), from, caller.id(), today));
    }

    @EventSourcingHandler
    void on(LightRulesChangedEvent event) {
        rulesId = event.rulesId();
        version++;
    }
}
