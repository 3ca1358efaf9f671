package org.zhaoshang.crm.department.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.department.api.DepartmentDefinedEvent;
import org.zhaoshang.crm.department.api.DepartmentIds;
import org.zhaoshang.crm.department.api.DepartmentRenamedEvent;
import org.zhaoshang.crm.department.api.DepartmentRetiredEvent;
import org.zhaoshang.crm.department.api.command.DefineDepartmentCommand;
import org.zhaoshang.crm.department.api.command.RenameDepartmentCommand;
import org.zhaoshang.crm.department.api.command.RetireDepartmentCommand;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A responsible department (责任单位) of the list administrators keep, in both languages. */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Department {

    @AggregateIdentifier
    private String departmentId;
    private String code;
    private String nameZh;
    private String nameEn;
    private boolean retired;

    protected Department() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefineDepartmentCommand command, Clock clock, MetaData metaData) {
        Caller caller = requireAdministrator(metaData);
        command.validate(new Violations())
               .check(code == null, "code", "unique", "a department with this code exists already")
               .throwIfAny();
        apply(new DepartmentDefinedEvent(command.code(), command.nameZh().strip(), command.nameEn().strip(),
                                         caller.id(), BureauTime.today(clock)));
    }

    @CommandHandler
    public void handle(RenameDepartmentCommand command, Clock clock, MetaData metaData) {
        Caller caller = requireAdministrator(metaData);
        command.validate(new Violations()).throwIfAny();
        if (command.nameZh().strip().equals(nameZh) && command.nameEn().strip().equals(nameEn)) {
            return;
        }
        apply(new DepartmentRenamedEvent(code, command.nameZh().strip(), command.nameEn().strip(), caller.id(),
                                         BureauTime.today(clock)));
    }

    @CommandHandler
    public void handle(RetireDepartmentCommand command, Clock clock, MetaData metaData) {
        Caller caller = requireAdministrator(metaData);
        new Violations().check(!retired, "code", "retired", "the department is retired already").throwIfAny();
        apply(new DepartmentRetiredEvent(code, caller.id(), BureauTime.today(clock)));
    }

    private static Caller requireAdministrator(MetaData metaData) {
        Caller caller = Caller.from(metaData);
        caller.require("Changing the departments", Role.ADMIN);
        return caller;
    }

    @EventSourcingHandler
    void on(DepartmentDefinedEvent event) {
        departmentId = DepartmentIds.of(event.code());
        code = event.code();
        nameZh = event.nameZh();
        nameEn = event.nameEn();
    }

    @EventSourcingHandler
    void on(DepartmentRenamedEvent event) {
        nameZh = event.nameZh();
        nameEn = event.nameEn();
    }

    @EventSourcingHandler
    void on(DepartmentRetiredEvent event) {
        retired = true;
    }
}
