package org.zhaoshang.crm.report.issued;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.IssuedReportContent;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.security.api.Caller;

import java.io.UncheckedIOException;
import java.util.Optional;

/** An issued report's content as kept, read back and cut for its reader. */
@Component
public class IssuedContents {

    private final KeptReports kept;
    private final ObjectMapper json;

    public IssuedContents(KeptReports kept, ObjectMapper json) {
        this.kept = kept;
        this.json = json;
    }

    /** The report for the reader; empty when no such report was kept. Refuses a reader of no report role. */
    public Optional<IssuedReportContent> forReader(String reportId, Caller reader) {
        ReportReaders.require(reader);
        return kept.find(reportId).map(report -> {
            try {
                return report.row().kind() == ReportKind.DISPATCH
                       ? new IssuedReportContent(report.row(), ReportReaders.forReader(
                        json.readValue(report.content(), Dispatch.class), reader, report.leaders()), null)
                       : new IssuedReportContent(report.row(), null, ReportReaders.forReader(
                        json.readValue(report.content(), Circular.class), reader, report.leaders()));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
