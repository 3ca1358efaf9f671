package org.zhaoshang.crm.notification.decide;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.report.api.ReportIssuedEvent;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An issued report reaches its readers: managers, leaders, the staff of the departments responsible for the year's
 * key projects, and for the weekly dispatch also the key projects' owners. Never an ambassador or partner.
 */
@Component
class ReportNotices {

    private final QueryGateway queries;
    private final Audience audience;

    ReportNotices(QueryGateway queries, Audience audience) {
        this.queries = queries;
        this.audience = audience;
    }

    Notice ready(ReportIssuedEvent event, Instant at) {
        List<KeyProjectRow> keyProjects = queries.query(new FindKeyProjectsQuery(year(event), null, null, null, null),
                                                        ResponseTypes.instanceOf(KeyProjectList.class)).join().rows();
        Set<String> departments = keyProjects.stream().map(KeyProjectRow::department).collect(Collectors.toSet());
        List<String> candidates = new ArrayList<>(audience.withAnyRole(EnumSet.of(Role.MANAGER, Role.LEADER)));
        departments.forEach(department -> candidates.addAll(audience.ofDepartment(department)));
        if (event.kind() == ReportKind.DISPATCH) {
            keyProjects.forEach(row -> candidates.add(row.owner()));
        }
        return new Notice(Reasons.of(event.reportId()), NotificationKind.REPORT_READY,
                          Links.report(event.kind(), event.period()),
                          Map.of("report", event.kind().name(), "period", event.period()), at,
                          audience.ofReports(candidates), null, null);
    }

    private static int year(ReportIssuedEvent event) {
        return event.kind() == ReportKind.DISPATCH ? IsoWeek.parse(event.period()).lastDay().getYear()
                                                   : YearMonth.parse(event.period()).getYear();
    }
}
