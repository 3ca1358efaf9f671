package org.zhaoshang.crm.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.FindCircularQuery;
import org.zhaoshang.crm.report.api.FindDispatchQuery;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.report.document.ReportDocuments;
import org.zhaoshang.crm.report.document.ReportFile;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.time.Clock;

/**
 * The weekly dispatch and the monthly circular of a finished period, as known at its end: the content as JSON, or
 * the Word or Excel file in Chinese or English. Staff and managers get them whole, a leader the key projects they
 * answer for (the queries decide); nobody else passes the door.
 */
@RestController
public class ReportController {

    private final QueryGateway queries;
    private final ReportDocuments documents;
    private final Clock clock;

    public ReportController(QueryGateway queries, ReportDocuments documents, Clock clock) {
        this.queries = queries;
        this.documents = documents;
        this.clock = clock;
    }

    @Operation(operationId = "getDispatch",
               summary = "The weekly dispatch (调度表) of key projects of an ISO week, as known at its end (a running week so far)",
               responses = @ApiResponse(responseCode = "200", description = "the content, or its file", content = {
                       @Content(mediaType = "application/json", schema = @Schema(implementation = Dispatch.class)),
                       @Content(mediaType = ReportFile.DOCX, schema = @Schema(type = "string", format = "binary")),
                       @Content(mediaType = ReportFile.XLSX, schema = @Schema(type = "string", format = "binary"))}))
    @GetMapping("/api/reports/dispatch")
    public ResponseEntity<Object> dispatch(
            @Parameter(description = "an ISO week that has begun, e.g. 2026-W49") @RequestParam(required = false)
            String week,
            @Parameter(description = "json, docx or xlsx") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = "zh or en; else the Accept-Language header's") @RequestParam(required = false)
            String lang,
            @Parameter(description = "also the facts of the week recorded after it")
            @RequestParam(defaultValue = "false") boolean withLate,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        ReportRequest request = ReportRequest.of(ReportKind.DISPATCH, week, "week", format, lang, acceptLanguage,
                                                 BureauTime.today(clock));
        Dispatch dispatch = queries.query(new FindDispatchQuery(request.period().week(), withLate),
                                          ResponseTypes.instanceOf(Dispatch.class)).join();
        return ReportResponses.answer(request, dispatch,
                                      () -> documents.dispatch(dispatch, request.format(), request.language()));
    }

    @Operation(operationId = "getCircular",
               summary = "The monthly circular (通报) of a month, as known at its end (a running month so far)",
               responses = @ApiResponse(responseCode = "200", description = "the content, or its file", content = {
                       @Content(mediaType = "application/json", schema = @Schema(implementation = Circular.class)),
                       @Content(mediaType = ReportFile.DOCX, schema = @Schema(type = "string", format = "binary")),
                       @Content(mediaType = ReportFile.XLSX, schema = @Schema(type = "string", format = "binary"))}))
    @GetMapping("/api/reports/circular")
    public ResponseEntity<Object> circular(
            @Parameter(description = "a month that has begun, e.g. 2026-11") @RequestParam(required = false)
            String month,
            @Parameter(description = "json, docx or xlsx") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = "zh or en; else the Accept-Language header's") @RequestParam(required = false)
            String lang,
            @Parameter(description = "also the facts of the month recorded after it")
            @RequestParam(defaultValue = "false") boolean withLate,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        ReportRequest request = ReportRequest.of(ReportKind.CIRCULAR, month, "month", format, lang, acceptLanguage,
                                                 BureauTime.today(clock));
        Circular circular = queries.query(new FindCircularQuery(request.period().month(), withLate),
                                          ResponseTypes.instanceOf(Circular.class)).join();
        return ReportResponses.answer(request, circular,
                                      () -> documents.circular(circular, request.format(), request.language()));
    }
}
