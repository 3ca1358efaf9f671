package org.zhaoshang.crm.report.issued;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.report.api.FindIssuedReportQuery;
import org.zhaoshang.crm.report.api.FindIssuedReportsQuery;
import org.zhaoshang.crm.report.api.IssuedReportContent;
import org.zhaoshang.crm.report.api.IssuedReports;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.shared.api.Violations;

/** The issued reports' list and one issued report's content, for the readers of reports. */
@Component
class IssuedReportQueries {

    private final KeptReports kept;
    private final IssuedContents contents;

    IssuedReportQueries(KeptReports kept, IssuedContents contents) {
        this.kept = kept;
        this.contents = contents;
    }

    @QueryHandler
    IssuedReports handle(FindIssuedReportsQuery query, MetaData metaData) {
        ReportReaders.require(Caller.from(metaData));
        return new IssuedReports(kept.list(query.kind()));
    }

    @QueryHandler
    IssuedReportContent handle(FindIssuedReportQuery query, MetaData metaData) {
        new Violations().required("reportId", query.reportId())
                        .maxLength("reportId", query.reportId(), Violations.MAX_NAME_LENGTH).throwIfAny();
        return contents.forReader(query.reportId(), Caller.from(metaData))
                       .orElseThrow(() -> new NotFoundException("No issued report " + query.reportId()));
    }
}
