package org.zhaoshang.crm.report.query;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.FindCircularQuery;
import org.zhaoshang.crm.report.api.FindDispatchQuery;
import org.zhaoshang.crm.shared.api.Violations;

/** The two reports, to staff, managers and leaders (a leader's projects only); anyone else is refused. */
@Component
class ReportQueries {

    private final DispatchAssembly dispatch;
    private final CircularAssembly circular;

    ReportQueries(DispatchAssembly dispatch, CircularAssembly circular) {
        this.dispatch = dispatch;
        this.circular = circular;
    }

    @QueryHandler
    Dispatch handle(FindDispatchQuery query, MetaData metaData) {
        ReportAccess access = ReportAccess.of(metaData);
        new Violations().required("week", query.week()).throwIfAny();
        return dispatch.assemble(query.week(), query.withLate(), access);
    }

    @QueryHandler
    Circular handle(FindCircularQuery query, MetaData metaData) {
        ReportAccess access = ReportAccess.of(metaData);
        new Violations().required("month", query.month())
                        .between("month", query.month() == null ? null : query.month().getYear(), 2000, 2100)
                        .throwIfAny();
        return circular.assemble(query.month(), query.withLate(), access);
    }
}
