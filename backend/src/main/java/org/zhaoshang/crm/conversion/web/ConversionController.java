package org.zhaoshang.crm.conversion.web;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.conversion.api.BoardAsOf;
import org.zhaoshang.crm.conversion.api.CohortReport;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.ConversionLeads;
import org.zhaoshang.crm.conversion.api.ConversionReport;
import org.zhaoshang.crm.conversion.api.FindBoardAsOfQuery;
import org.zhaoshang.crm.conversion.api.FindCohortsQuery;
import org.zhaoshang.crm.conversion.api.FindConversionLeadsQuery;
import org.zhaoshang.crm.conversion.api.FindConversionQuery;
import org.zhaoshang.crm.conversion.api.FindTargetsVsActualQuery;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.conversion.api.Measure;
import org.zhaoshang.crm.conversion.api.SetYearTargetsCommand;
import org.zhaoshang.crm.conversion.api.TargetsVsActual;
import org.zhaoshang.crm.lead.api.query.FindLeadQuery;
import org.zhaoshang.crm.lead.api.query.LeadSummary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** Conversion history, cohorts, the board on a past day, and the year's targets against what was achieved. */
@RestController
@RequestMapping("/api")
public class ConversionController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public ConversionController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(operationId = "getConversionReport", summary = "Conversion of leads by stage, per dimension and period")
    @GetMapping("/conversion")
    public ConversionReport conversion(@RequestParam(required = false) YearMonth from,
                                       @RequestParam(required = false) YearMonth to,
                                       @RequestParam(defaultValue = "ALL") ConversionDimension dimension,
                                       @RequestParam(required = false) LocalDate asOf,
                                       @RequestParam(defaultValue = "AS_KNOWN_NOW") Knowledge knowledge) {
        return queries.query(new FindConversionQuery(from, to, dimension, asOf, knowledge),
                             ResponseTypes.instanceOf(ConversionReport.class)).join();
    }

    @Operation(operationId = "getCohortReport", summary = "Conversion of the leads identified in each month (cohorts)")
    @GetMapping("/conversion/cohorts")
    public CohortReport cohorts(@RequestParam(required = false) YearMonth from,
                                @RequestParam(required = false) YearMonth to,
                                @RequestParam(defaultValue = "ALL") ConversionDimension dimension,
                                @RequestParam(defaultValue = "*") String value,
                                @RequestParam(required = false) LocalDate asOf,
                                @RequestParam(defaultValue = "AS_KNOWN_NOW") Knowledge knowledge) {
        return queries.query(new FindCohortsQuery(from, to, dimension, value, asOf, knowledge),
                             ResponseTypes.instanceOf(CohortReport.class)).join();
    }

    /** The leads behind one figure, e.g. {@code measure=ENTERED&item=SIGNED&dimension=MARKET&value=LONDON}. */
    @Operation(operationId = "listConversionLeads", summary = "The leads counted in one cell of the conversion report")
    @GetMapping("/conversion/leads")
    public List<LeadSummary> leads(@RequestParam(required = false) YearMonth from,
                                   @RequestParam(required = false) YearMonth to,
                                   @RequestParam(defaultValue = "ALL") ConversionDimension dimension,
                                   @RequestParam(defaultValue = "*") String value,
                                   @RequestParam(required = false) Measure measure,
                                   @RequestParam(required = false) String item,
                                   @RequestParam(required = false) LocalDate asOf,
                                   @RequestParam(defaultValue = "AS_KNOWN_NOW") Knowledge knowledge) {
        ConversionLeads leads = queries.query(new FindConversionLeadsQuery(from, to, dimension, value, measure, item,
                                                                           asOf, knowledge),
                                              ResponseTypes.instanceOf(ConversionLeads.class)).join();
        return leads.leadIds().stream()
                    .map(leadId -> queries.query(new FindLeadQuery(leadId),
                                                 ResponseTypes.instanceOf(LeadSummary.class)).join())
                    .filter(Objects::nonNull)
                    .toList();
    }

    @Operation(operationId = "getBoardAsOf", summary = "The pipeline board as it stood on a day")
    @GetMapping("/conversion/board")
    public BoardAsOf boardAsOf(@RequestParam(required = false) LocalDate asOf,
                               @RequestParam(defaultValue = "AS_KNOWN_NOW") Knowledge knowledge,
                               @RequestParam(defaultValue = "20") int cards) {
        return queries.query(new FindBoardAsOfQuery(asOf, knowledge, cards), ResponseTypes.instanceOf(BoardAsOf.class))
                      .join();
    }

    @Operation(operationId = "getTargetsVsActual", summary = "A year's targets against what was reached")
    @GetMapping("/targets/{year}")
    public TargetsVsActual targets(@PathVariable int year) {
        return queries.query(new FindTargetsVsActualQuery(year), ResponseTypes.instanceOf(TargetsVsActual.class))
                      .join();
    }

    @Operation(operationId = "setYearTargets", summary = "Set a year's targets")
    @PutMapping("/targets/{year}")
    public ResponseEntity<Void> setTargets(@PathVariable String year, @RequestBody TargetsRequest request) {
        commands.sendAndWait(new SetYearTargetsCommand(year, request.targets(), request.expectedVersion()));
        return ResponseEntity.noContent().build();
    }
}
