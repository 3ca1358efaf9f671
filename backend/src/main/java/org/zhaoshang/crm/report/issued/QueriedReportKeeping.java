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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a report from the reports' queries, asked by whoever issues it: managers and the application see the
 * content whole (the command refuses everyone else). With the content goes the leader of every key project at the
 * period's end (and, for a dispatch, at the Sunday before), so that a leader's copy can later be cut to their own.
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

    /** At the period's end; for a dispatch also at the Sunday before (the leaders of projects stopped in the week). */
    private Map<String, String> leaders(ReportPeriod period) {
        Map<String, String> leaders = new HashMap<>();
        if (period.kind() == ReportKind.DISPATCH) {
            leaders.putAll(leadersAt(period.firstDay().minusDays(1)));
        }
        leaders.putAll(leadersAt(period.lastDay()));
        return leaders;
    }

    private Map<String, String> leadersAt(LocalDate day) {
        KeyProjectList projects = queries.query(
                new FindKeyProjectsQuery(day.getYear(), null, null, day, Knowledge.AS_KNOWN_THEN),
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
