package org.zhaoshang.crm.problem.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.keyproject.api.KeyProjectLeaders;
import org.zhaoshang.crm.lead.state.LeadState;
import org.zhaoshang.crm.problem.api.ProblemClosedEvent;
import org.zhaoshang.crm.problem.api.ProblemProgressNotedEvent;
import org.zhaoshang.crm.problem.api.ProblemRaisedEvent;
import org.zhaoshang.crm.problem.api.ProblemReopenedEvent;
import org.zhaoshang.crm.problem.api.ProblemResolvedEvent;
import org.zhaoshang.crm.problem.api.ProblemTalkRecordedEvent;
import org.zhaoshang.crm.problem.api.command.CloseProblemCommand;
import org.zhaoshang.crm.problem.api.command.NoteProblemProgressCommand;
import org.zhaoshang.crm.problem.api.command.ProblemInput;
import org.zhaoshang.crm.problem.api.command.RaiseProblemCommand;
import org.zhaoshang.crm.problem.api.command.RecordTalkCommand;
import org.zhaoshang.crm.problem.api.command.ReopenProblemCommand;
import org.zhaoshang.crm.problem.api.command.ResolveProblemCommand;
import org.zhaoshang.crm.problem.api.value.ProblemStatus;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A problem (问题) that blocks a lead, handed to a department with a due day and chased (督办): assigned (交办), in
 * progress with its first note (办理中), resolved by the department (办结), closed by a manager (销号) or reopened by
 * one with a reason. Who may is {@link ProblemAccess}; the input each command checks itself.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Problem {

    @AggregateIdentifier
    private String problemId;
    private String leadId;
    private String department;
    private ProblemStatus status;

    protected Problem() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RaiseProblemCommand command, ProjectLeads leads, DepartmentCatalog departments, Clock clock,
                       MetaData metaData) {
        if (problemId != null) {
            return; // raised before: a retry of the same command
        }
        Caller caller = Caller.from(metaData);
        ProblemAccess.requireBureau(caller, "Raising a problem");
        LocalDate today = checkInput(command, clock);
        LeadState lead = ProblemAccess.existingLead(leads.now(command.leadId()), command.leadId());
        ProblemAccess.requireRaising(caller, lead);
        new Violations().check(departments.isActive(command.department()), "department", "unknown-department",
                               "no active department with this code: choose one of the department list")
                        .check(command.raisedOn() == null || caller.system(), "raisedOn", "application-only",
                               "only the application records a problem raised before today")
                        .throwIfAny();
        apply(new ProblemRaisedEvent(command.problemId(), lead.leadId(), command.description().strip(),
                                     command.department(), command.dueOn(), caller.id(),
                                     command.raisedOn() == null ? today : command.raisedOn()));
    }

    @CommandHandler
    public void handle(NoteProblemProgressCommand command, ProjectLeads leads, PeopleDirectory people, Clock clock,
                       MetaData metaData) {
        Caller caller = Caller.from(metaData);
        ProblemAccess.requireBureau(caller, "Noting a problem's progress");
        if (!ofTheDepartment(caller, people)) {
            ProblemAccess.requireNoting(caller, leads.now(leadId));
        }
        LocalDate today = checkInput(command, clock);
        requireStatus(status.open(), "not-open", "progress is noted while a problem is open (assigned or in progress)");
        apply(new ProblemProgressNotedEvent(problemId, leadId, command.note().strip(), caller.id(), today));
    }

    @CommandHandler
    public void handle(ResolveProblemCommand command, PeopleDirectory people, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        ProblemAccess.requireResolving(caller, ofTheDepartment(caller, people));
        LocalDate today = checkInput(command, clock);
        requireStatus(status.open(), "not-open", "only an open problem (assigned or in progress) is resolved");
        apply(new ProblemResolvedEvent(problemId, leadId, command.resolution().strip(), caller.id(), today));
    }

    @CommandHandler
    public void handle(CloseProblemCommand command, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        ProblemAccess.requireManager(caller, "Closing a problem (销号)");
        LocalDate today = checkInput(command, clock);
        requireStatus(status == ProblemStatus.RESOLVED, "not-resolved",
                      "only a resolved problem is closed: the department resolves it first");
        apply(new ProblemClosedEvent(problemId, leadId, stripped(command.note()), caller.id(), today));
    }

    @CommandHandler
    public void handle(ReopenProblemCommand command, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        ProblemAccess.requireManager(caller, "Reopening a problem");
        LocalDate today = checkInput(command, clock);
        requireStatus(status == ProblemStatus.RESOLVED || status == ProblemStatus.CLOSED, "open",
                      "only a resolved or closed problem is reopened: an open one is still with its department");
        apply(new ProblemReopenedEvent(problemId, leadId, command.reason().strip(), command.dueOn(), caller.id(),
                                       today));
    }

    @CommandHandler
    public void handle(RecordTalkCommand command, KeyProjectLeaders leaders, Clock clock, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        LocalDate today = BureauTime.today(clock);
        ProblemAccess.requireTalking(caller, caller.has(Role.MANAGER)
                                             || leaders.answersFor(caller.id(), today.getYear(), leadId));
        checkInput(command, clock);
        requireStatus(status != ProblemStatus.CLOSED, "closed", "a closed problem takes no talk: reopen it first");
        apply(new ProblemTalkRecordedEvent(problemId, leadId, command.heldOn(), command.participants().strip(),
                                           command.summary().strip(), caller.id(), today));
    }

    private boolean ofTheDepartment(Caller caller, PeopleDirectory people) {
        return !caller.system() && department.equals(people.departmentOf(caller.id()));
    }

    private void requireStatus(boolean allowed, String rule, String why) {
        new Violations().check(allowed, "status", rule, "the problem is " + status + ": " + why).throwIfAny();
    }

    private static LocalDate checkInput(ProblemInput command, Clock clock) {
        LocalDate today = BureauTime.today(clock);
        command.validate(new Violations(), today).throwIfAny();
        return today;
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(ProblemRaisedEvent event) {
        problemId = event.problemId();
        leadId = event.leadId();
        department = event.department();
        status = ProblemStatus.ASSIGNED;
    }

    @EventSourcingHandler
    void on(ProblemProgressNotedEvent event) {
        if (status == ProblemStatus.ASSIGNED) {
            status = ProblemStatus.IN_PROGRESS;
        }
    }

    @EventSourcingHandler
    void on(ProblemResolvedEvent event) {
        status = ProblemStatus.RESOLVED;
    }

    @EventSourcingHandler
    void on(ProblemClosedEvent event) {
        status = ProblemStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ProblemReopenedEvent event) {
        status = ProblemStatus.IN_PROGRESS;
    }
}
