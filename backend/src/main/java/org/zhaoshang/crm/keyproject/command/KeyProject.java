package org.zhaoshang.crm.keyproject.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.InstructionWrittenEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectDesignatedEvent;
import org.zhaoshang.crm.keyproject.api.KeyProjectStoppedEvent;
import org.zhaoshang.crm.keyproject.api.ProblemLeads;
import org.zhaoshang.crm.keyproject.api.command.DesignateKeyProjectCommand;
import org.zhaoshang.crm.keyproject.api.command.StopKeyProjectCommand;
import org.zhaoshang.crm.keyproject.api.command.WriteInstructionCommand;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One lead as a key project (重点项目) of one year: its designation (responsible leader, department, goal) while it is
 * key, and the leader's instructions (批示). Who may is {@link KeyProjectAccess}; the input each command checks itself.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class KeyProject {

    @AggregateIdentifier
    private String keyProjectId;
    private int year;
    private String leadId;
    private Designation designation;
    private boolean key;
    private final Set<String> instructionIds = new HashSet<>();

    protected KeyProject() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DesignateKeyProjectCommand command, ProjectLeads leads, PeopleDirectory people,
                       DepartmentCatalog departments, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        KeyProjectAccess.requireDesignating(caller);
        command.validate(new Violations()).throwIfAny();
        requireVersion(command.keyProjectId(), command.expectedVersion());
        KeyProjectAccess.visibleLead(leads.now(command.leadId()), caller, command.leadId());
        Designation next = new Designation(command.designation().leader().strip(),
                                           command.designation().department().strip(),
                                           command.designation().goal().strip());
        if (key && next.equals(designation)) {
            return; // designated so already
        }
        new Violations()
                .check(KeyProjectAccess.isLeader(people, next.leader()), "leader", "not-a-leader",
                       "must be an enabled user with the role LEADER (区领导)")
                .check(departments.isActive(next.department()), "department", "unknown-department",
                       "is not a department on the list, or it is retired")
                .throwIfAny();
        apply(new KeyProjectDesignatedEvent(command.keyProjectId(), command.year(), command.leadId(), next,
                                            caller.id(), BureauTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(StopKeyProjectCommand command, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        KeyProjectAccess.requireDesignating(caller);
        requireExisting(command.keyProjectId());
        requireVersion(keyProjectId, command.expectedVersion());
        command.validate(new Violations())
               .check(key, "keyProjectId", "not-key", "the lead is not a key project of " + year + " now")
               .throwIfAny();
        apply(new KeyProjectStoppedEvent(keyProjectId, year, leadId, command.reason().strip(), caller.id(),
                                         BureauTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(WriteInstructionCommand command, ProblemLeads problems, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        KeyProjectAccess.requireLeader(caller);
        requireExisting(command.keyProjectId());
        KeyProjectAccess.requireInstructing(caller, key, designation);
        Violations violations = command.validate(new Violations())
                .check(!instructionIds.contains(command.instructionId()), "instructionId", "unique",
                       "is taken on this key project");
        if (command.problemId() != null) {
            violations.check(problems.leadOf(command.problemId()).filter(leadId::equals).isPresent(), "problemId",
                             "unknown-problem", "is not a problem of this key project's lead");
        }
        violations.throwIfAny();
        LocalDate today = BureauTime.today(clock);
        apply(new InstructionWrittenEvent(keyProjectId, year, leadId, command.instructionId(), command.problemId(),
                                          command.text().strip(), caller.id(), today));
    }

    /**
     * Stopping and instructions are for key projects that exist; they are loaded as if they could create one so that
     * who may is asked first, and an ambassador learns nothing of which leads are key projects.
     */
    private void requireExisting(String id) {
        if (keyProjectId == null) {
            throw new AggregateNotFoundException(id, "No key project with this id");
        }
    }

    /**
     * Axon loads an aggregate a command may create without checking the version the command expects: checked here for
     * a key project that exists (a new one has no version to be behind).
     */
    private static void requireVersion(String keyProjectId, Long expectedVersion) {
        Long version = AggregateLifecycle.getVersion();
        if (expectedVersion != null && version != null && !expectedVersion.equals(version)) {
            throw new ConflictingAggregateVersionException(keyProjectId, expectedVersion, version);
        }
    }

    @EventSourcingHandler
    void on(KeyProjectDesignatedEvent event) {
        keyProjectId = event.keyProjectId();
        year = event.year();
        leadId = event.leadId();
        designation = event.designation();
        key = true;
    }

    @EventSourcingHandler
    void on(KeyProjectStoppedEvent event) {
        key = false;
    }

    @EventSourcingHandler
    void on(InstructionWrittenEvent event) {
        instructionIds.add(event.instructionId());
    }
}
