package org.zhaoshang.crm.conversion.command;

import org.axonframework.messaging.MetaData;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.conversion.api.SetYearTargetsCommand;
import org.zhaoshang.crm.conversion.api.YearTargets;
import org.zhaoshang.crm.conversion.api.YearTargetsSetEvent;
import org.zhaoshang.crm.shared.api.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A year's targets, set by managers; every change is kept. The aggregate's id is the year, e.g. "2026". */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class TargetsForYear {

    private static final long MAX_PROJECTS = 10_000;
    private static final long MAX_WAN = 100_000_000;
    private static final long MAX_M2 = 100_000_000;

    @AggregateIdentifier
    private String year;
    /** Axon does not check the expected version of a command that may create its aggregate; this does. */
    private long version = -1;

    protected TargetsForYear() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetYearTargetsCommand command, MetaData metaData) {
        Caller.from(metaData).require("Setting the year's targets", Role.MANAGER);
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            throw new ConflictingAggregateVersionException(command.year(), command.expectedVersion(), version);
        }
        Violations violations = new Violations()
                .check(command.year() != null && command.year().matches("20[0-9]{2}"), "year", "range",
                       "must be a year from 2000 to 2099")
                .required("targets", command.targets());
        YearTargets targets = command.targets();
        if (targets != null) {
            violations.between("signedProjects", targets.signedProjects(), 0, MAX_PROJECTS)
                      .between("signedInvestmentWan", targets.signedInvestmentWan(), 0, MAX_WAN)
                      .between("investmentPerMuWan", targets.investmentPerMuWan(), 0, MAX_WAN)
                      .between("floorSpaceM2", targets.floorSpaceM2(), 0, MAX_M2)
                      .between("fortune500Projects", targets.fortune500Projects(), 0, MAX_PROJECTS);
        }
        violations.throwIfAny();
        apply(new YearTargetsSetEvent(command.year(), targets));
    }

    @EventSourcingHandler
    void on(YearTargetsSetEvent event) {
        year = event.year();
        version++;
    }
}
