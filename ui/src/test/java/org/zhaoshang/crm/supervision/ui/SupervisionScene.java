package org.zhaoshang.crm.supervision.ui;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.FindDepartmentsQuery;
import org.zhaoshang.crm.department.api.command.DefineDepartmentCommand;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.command.DesignateKeyProjectCommand;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.value.Company;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.problem.api.command.RaiseProblemCommand;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NewUser;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.security.users.UserAdministration;
import org.zhaoshang.crm.shared.api.Actor;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.FindProblemsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemList;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Key projects as the views meet them: a department with a user who acts for it, leads of staff designated for the
 * demo leaders, problems raised on them (one raised weeks ago and now past its due day, as the store holds it after
 * those weeks), each waited for in the read model.
 */
final class SupervisionScene {

    static final LocalDate TODAY = LocalDate.now(BureauTime.ZONE);
    static final int YEAR = TODAY.getYear();
    /** A password the rules accept, for the users a test adds. */
    static final String PASSWORD = "Kp-journey-2026!";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final UserAdministration users;
    final String suffix = UUID.randomUUID().toString().substring(0, 6);

    SupervisionScene(CommandGateway commands, QueryGateway queries, UserAdministration users) {
        this.commands = commands;
        this.queries = queries;
        this.users = users;
    }

    /** A new department on the list, once the list shows it; its code. */
    String department(String nameZh, String nameEn) {
        String code = "dept-" + suffix + "-" + Math.abs(nameEn.hashCode() % 1000);
        as("admin", Role.ADMIN, new DefineDepartmentCommand(code, nameZh + suffix, nameEn + " " + suffix));
        await().atMost(Duration.ofSeconds(10)).until(() -> queries.query(
                new FindDepartmentsQuery(true), ResponseTypes.multipleInstancesOf(Department.class)).join()
                .stream().anyMatch(department -> department.code().equals(code)));
        return code;
    }

    /** A staff user who acts for the department; their login name. */
    String departmentUser(String department) {
        String username = "d-" + suffix;
        users.create(Caller.SYSTEM, new NewUser(username, "发改局 刘科长 " + suffix, PASSWORD, Set.of(Role.STAFF), null,
                                                department));
        return username;
    }

    /** A lead owned by {@code owner}; its id. */
    String lead(String owner, String company) {
        return introducedLead(owner, null, company);
    }

    /** A lead owned by {@code owner} that the ambassador or partner introduced (or nobody: null); its id. */
    String introducedLead(String owner, String ambassadorId, String company) {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateLeadCommand(
                leadId, Company.named(company, null), SourceMarket.LONDON, null, ambassadorId, null))
                                                  .andMetaData(Map.of(Actor.META_DATA_KEY, owner)));
        return leadId;
    }

    /** The lead made a key project of this year by the manager, once the list shows it. */
    KeyProjectRow designate(String leadId, String leader, String department) {
        as("manager", Role.MANAGER, new DesignateKeyProjectCommand(YEAR, leadId, new Designation(
                leader, department, "年内开工 " + suffix), null));
        return await().atMost(Duration.ofSeconds(10)).until(() -> row(leadId), row -> row != null);
    }

    KeyProjectRow row(String leadId) {
        KeyProjectList list = queries.query(new FindKeyProjectsQuery(YEAR, null, null, null, null),
                                            ResponseTypes.instanceOf(KeyProjectList.class)).join();
        return list.rows().stream().filter(row -> row.leadId().equals(leadId)).findFirst().orElse(null);
    }

    /** A problem staff raise today, due in a week. */
    String problem(String leadId, String department, String description) {
        String problemId = UUID.randomUUID().toString();
        as("staff", Role.STAFF, new RaiseProblemCommand(problemId, leadId, description, department,
                                                        TODAY.plusDays(7), null));
        awaitProblem(problemId);
        return problemId;
    }

    /** A problem staff raised {@code daysOverdue + 10} days ago, due {@code daysOverdue} days ago and still open. */
    String overdueProblem(String leadId, String department, String description, int daysOverdue) {
        String problemId = UUID.randomUUID().toString();
        // the application records a problem raised before today in a named person's name, as the demo's history does
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RaiseProblemCommand(
                problemId, leadId, description, department, TODAY.minusDays(daysOverdue), null,
                TODAY.minusDays(daysOverdue + 10L))).andMetaData(Map.of(Actor.META_DATA_KEY, "staff")));
        awaitProblem(problemId);
        return problemId;
    }

    ProblemRow awaitProblem(String problemId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> problemRow(problemId), row -> row != null);
    }

    ProblemRow problemRow(String problemId) {
        ProblemList list = queries.query(new FindProblemsQuery(null, null, null, null, null),
                                         ResponseTypes.instanceOf(ProblemList.class)).join();
        return list.rows().stream().filter(row -> row.problemId().equals(problemId)).findFirst().orElse(null);
    }

    void as(String user, Role role, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                Caller.user(user, Set.of(role), null).toMetaData()));
    }

    static List<String> texts(List<? extends com.vaadin.flow.component.Component> components) {
        return components.stream().map(component -> component.getElement().getTextRecursively()).toList();
    }
}
