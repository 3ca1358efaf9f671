package org.zhaoshang.crm.report.issued;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.FindCircularQuery;
import org.zhaoshang.crm.report.api.FindDispatchQuery;
import org.zhaoshang.crm.report.api.IssuedReports;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.report.api.ReportPeriod;
import org.zhaoshang.crm.supervision.api.query.FindKeyProjectsQuery;
import org.zhaoshang.crm.supervision.api.query.KeyProjectList;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a report from the reports' queries, asked by whoever issues it: managers and the application see the
 * content whole (the command refuses everyone else). With the content goes the leader of every key project of the
 * period's year at its end, so that a leader's copy can later be cut to their own projects.
 */
@Component
class QueriedReportKeeping implements ReportKeeping {

    private final QueryGateway queries;
    private final KeptReports kept;
    private final ObjectMapper json;

    QueriedReportKeeping(QueryGateway queries, KeptReports kept, ObjectMapper json) {
        this.queries = queries;
        this.kept = kept;
        this.json = json;
    }

    @Override
    public void keep(ReportPeriod period, Instant madeAt, String madeBy) {
        if (kept.find(period.reportId()).isPresent()) {
            return;
        }
        Object content = period.kind() == ReportKind.DISPATCH
                         ? queries.query(new FindDispatchQuery(period.week(), false),
                                         ResponseTypes.instanceOf(Dispatch.class)).join()
                         : queries.query(new FindCircularQuery(period.month(), false),
                                         ResponseTypes.instanceOf(Circular.class)).join();
        try {
            kept.keepIfAbsent(new KeptReport(new IssuedReports.Row(period.reportId(), period.kind(), period.written(),
                                                                   madeAt, madeBy),
                                             json.writeValueAsString(content), leaders(period)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> leaders(ReportPeriod period) {
        KeyProjectList projects = queries.query(
                new FindKeyProjectsQuery(period.lastDay().getYear(), null, null, period.lastDay(),
                                         Knowledge.AS_KNOWN_THEN),
                ResponseTypes.instanceOf(KeyProjectList.class)).join();
        Map<String, String> leaders = new HashMap<>();
        for (KeyProjectRow row : projects.rows()) {
            if (row.leader() != null) {
                leaders.put(row.leadId(), row.leader());
            }
        }
        return leaders;
    }
}
