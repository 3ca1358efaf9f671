package org.zhaoshang.crm.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.report.api.FindIssuedReportQuery;
import org.zhaoshang.crm.report.api.FindIssuedReportsQuery;
import org.zhaoshang.crm.report.api.IssueReportCommand;
import org.zhaoshang.crm.report.api.IssuedReportContent;
import org.zhaoshang.crm.report.api.IssuedReports;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.report.document.ReportDocuments;
import org.zhaoshang.crm.report.document.ReportFile;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.web.CreatedIdResponse;

import java.net.URI;
import java.util.List;

/**
 * The reports issued: their list, each downloaded as it was kept when issued (filtered for the reader, in the
 * language asked), and issuing one by hand (managers). Issuing an issued report again changes nothing.
 */
@RestController
public class IssuedReportController {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final ReportDocuments documents;

    public IssuedReportController(QueryGateway queries, CommandGateway commands, ReportDocuments documents) {
        this.queries = queries;
        this.commands = commands;
        this.documents = documents;
    }

    @Operation(operationId = "listIssuedReports", summary = "The reports issued, the latest period first")
    @GetMapping("/api/reports/issued")
    public IssuedReports issued(@Parameter(description = "DISPATCH or CIRCULAR; both when absent")
                                @RequestParam(required = false) ReportKind kind) {
        return queries.query(new FindIssuedReportsQuery(kind), ResponseTypes.instanceOf(IssuedReports.class)).join();
    }

    @Operation(operationId = "getIssuedReport",
               summary = "An issued report as it was kept when issued: the content with its issue, or its file",
               responses = @ApiResponse(responseCode = "200", description = "the content, or its file", content = {
                       @Content(mediaType = "application/json",
                                schema = @Schema(implementation = IssuedReportContent.class)),
                       @Content(mediaType = ReportFile.DOCX, schema = @Schema(type = "string", format = "binary")),
                       @Content(mediaType = ReportFile.XLSX, schema = @Schema(type = "string", format = "binary"))}))
    @GetMapping("/api/reports/issued/{reportId}")
    public ResponseEntity<Object> issuedReport(
            @PathVariable String reportId,
            @Parameter(description = "json, docx or xlsx") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = "zh or en; else the Accept-Language header's") @RequestParam(required = false)
            String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        ReportRequest request = ReportRequest.of(format, lang, acceptLanguage);
        IssuedReportContent report = queries.query(new FindIssuedReportQuery(reportId),
                                                   ResponseTypes.instanceOf(IssuedReportContent.class)).join();
        return ReportResponses.answer(request, report, () -> report.dispatch() != null
                ? documents.dispatch(report.dispatch(), request.format(), request.language())
                : documents.circular(report.circular(), request.format(), request.language()));
    }

    @Operation(operationId = "issueReport",
               summary = "Managers: issue the report of a finished period now (once; again changes nothing)")
    @PostMapping("/api/reports/issued")
    public ResponseEntity<CreatedIdResponse> issue(@RequestBody IssueReportRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new FieldViolation("kind", "required", "must not be empty")));
        }
        IssueReportCommand command = new IssueReportCommand(request.kind(), request.period());
        commands.sendAndWait(command);
        return ResponseEntity.status(HttpStatus.CREATED)
                             .location(URI.create("/api/reports/issued/" + command.reportId()))
                             .body(new CreatedIdResponse(command.reportId()));
    }
}
