package org.zhaoshang.crm.performance.web;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.performance.api.FigurePart;
import org.zhaoshang.crm.performance.api.FindPerformanceProjectsQuery;
import org.zhaoshang.crm.performance.api.FindPerformanceQuery;
import org.zhaoshang.crm.performance.api.FindStuckProjectsQuery;
import org.zhaoshang.crm.performance.api.PerformanceProjects;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.performance.api.StuckProjects;
import org.zhaoshang.crm.project.api.value.ProjectKind;

import java.time.LocalDate;

/** Performance of signed projects (签约项目履约) for managers: rates, stuck projects, the projects behind a figure. */
@RestController
@RequestMapping("/api/performance")
public class PerformanceController {

    private final QueryGateway queries;

    public PerformanceController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(operationId = "getPerformance",
               summary = "Rates of the projects signed in a year (all years when none), per slice, at a day")
    @GetMapping
    public PerformanceReport performance(@RequestParam(required = false) Integer year,
                                         @RequestParam(defaultValue = "ALL") ConversionDimension dimension,
                                         @RequestParam(required = false) LocalDate asOf,
                                         @RequestParam(defaultValue = "AS_KNOWN_NOW") Knowledge knowledge) {
        return queries.query(new FindPerformanceQuery(year, dimension, asOf, knowledge),
                             ResponseTypes.instanceOf(PerformanceReport.class)).join();
    }

    @Operation(operationId = "getStuckProjects",
               summary = "Projects whose next step is overdue, per list of the chain (六未), at a day")
    @GetMapping("/stuck")
    public StuckProjects stuck(@RequestParam(required = false) ProjectKind kind,
                               @RequestParam(required = false) LocalDate asOf,
                               @RequestParam(defaultValue = "AS_KNOWN_NOW") Knowledge knowledge) {
        return queries.query(new FindStuckProjectsQuery(kind, asOf, knowledge),
                             ResponseTypes.instanceOf(StuckProjects.class)).join();
    }

    /** The projects behind one figure, e.g. {@code rate=REGISTRATION&part=NUMERATOR&dimension=MARKET&value=LONDON}. */
    @Operation(operationId = "listPerformanceProjects", summary = "The projects counted in one figure of the rates")
    @GetMapping("/projects")
    public PerformanceProjects projects(@RequestParam(required = false) Integer year,
                                        @RequestParam(defaultValue = "ALL") ConversionDimension dimension,
                                        @RequestParam(defaultValue = "*") String value,
                                        @RequestParam(required = false) Rate rate,
                                        @RequestParam(required = false) FigurePart part,
                                        @RequestParam(required = false) LocalDate asOf,
                                        @RequestParam(defaultValue = "AS_KNOWN_NOW") Knowledge knowledge) {
        return queries.query(new FindPerformanceProjectsQuery(year, dimension, value, rate, part, asOf, knowledge),
                             ResponseTypes.instanceOf(PerformanceProjects.class)).join();
    }
}
