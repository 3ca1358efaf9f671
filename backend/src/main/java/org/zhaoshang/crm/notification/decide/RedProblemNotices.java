package org.zhaoshang.crm.notification.decide;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.project.lead.ProjectLeads;
import org.zhaoshang.crm.supervision.api.Escalation;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.FindProblemsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.supervision.api.query.ProblemList;
import org.zhaoshang.crm.supervision.api.query.ProblemRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Problems with a red card (红牌), to the department they were handed to, the lead's owner and, when the lead is a key
 * project of the year, its leader: once per problem and due day (reopened with a new due day, told again).
 */
@Component
class RedProblemNotices {

    private final QueryGateway queries;
    private final Audience audience;
    private final ProjectLeads leads;
    private final DepartmentCatalog departments;

    RedProblemNotices(QueryGateway queries, Audience audience, ProjectLeads leads, DepartmentCatalog departments) {
        this.queries = queries;
        this.audience = audience;
        this.leads = leads;
        this.departments = departments;
    }

    List<Notice> decide(LocalDate today, Instant now) {
        List<ProblemRow> red = queries.query(new FindProblemsQuery(null, null, Escalation.RED, null, today),
                                             ResponseTypes.instanceOf(ProblemList.class)).join().rows();
        if (red.isEmpty()) {
            return List.of();
        }
        Map<String, KeyProjectRow> keyProjects = queries.query(
                new FindKeyProjectsQuery(today.getYear(), null, null, today, null),
                ResponseTypes.instanceOf(KeyProjectList.class)).join()
                .rows().stream().collect(Collectors.toMap(KeyProjectRow::leadId, Function.identity(), (a, b) -> a));
        return red.stream().map(problem -> notice(problem, keyProjects.get(problem.leadId()), now)).toList();
    }

    private Notice notice(ProblemRow problem, KeyProjectRow keyProject, Instant now) {
        List<String> candidates = new ArrayList<>(audience.ofDepartment(problem.department()));
        if (keyProject != null) {
            candidates.add(keyProject.owner());
            candidates.add(keyProject.leader());
        } else {
            candidates.add(leads.now(problem.leadId()).owner());
        }
        Set<String> recipients = keyProject != null
                ? audience.ofKeyProject(candidates, keyProject.year(), keyProject.leadId())
                : audience.ofBureau(candidates);
        String link = keyProject != null ? Links.keyProject(keyProject.year(), keyProject.leadId())
                                         : Links.lead(problem.leadId());
        return new Notice(Reasons.of("red-problem", problem.problemId(), problem.dueOn()), NotificationKind.RED_PROBLEM,
                          link,
                          Map.of("company", problem.company() == null ? problem.leadId() : problem.company(),
                                 "problem", problem.description(),
                                 "department", departments.find(problem.department()).map(Department::nameZh)
                                                          .orElse(problem.department()),
                                 "dueOn", problem.dueOn().toString(),
                                 "days", String.valueOf(problem.daysOverdue())),
                          now, recipients, problem.department(), keyProject == null ? null : keyProject.market());
    }
}
