package org.zhaoshang.crm.space.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.space.api.FindLeadMatchesQuery;
import org.zhaoshang.crm.space.api.FindSpaceMatchesQuery;
import org.zhaoshang.crm.space.api.LeadMatches;
import org.zhaoshang.crm.space.api.SpaceMatches;
import org.zhaoshang.crm.space.api.SpaceNeed;

import java.math.BigDecimal;

/** Vacant space matched to a lead's need, and the open leads a building's vacant space would fit. */
@RestController
public class MatchController {

    private final QueryGateway queries;

    public MatchController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(operationId = "getSpaceMatches",
               summary = "Vacant units, and runs of adjacent vacant units on one floor, that fit a lead's need, best "
                         + "first with their reasons (at most one per floor, three per building). The need is the "
                         + "lead's floor space, target zone and industry, each replaced by the parameter given")
    @ApiResponse(responseCode = "404", description = "No lead with this id that the caller may see")
    @GetMapping("/api/leads/{leadId}/space-matches")
    public SpaceMatches spaceMatches(@PathVariable String leadId,
            @Parameter(description = "floor space needed, m²") @RequestParam(required = false) BigDecimal areaM2,
            @RequestParam(required = false) TargetZone zone,
            @Parameter(description = "the company's industry, for themed buildings")
            @RequestParam(required = false) Industry industry,
            @Parameter(description = "the most rent the company would pay, yuan per m² per day")
            @RequestParam(required = false) BigDecimal maxRent,
            @Parameter(description = "1 to 100, default 20") @RequestParam(required = false) Integer limit) {
        SpaceMatches matches = queries.query(
                new FindSpaceMatchesQuery(leadId, new SpaceNeed(areaM2, zone, industry, maxRent), limit),
                ResponseTypes.instanceOf(SpaceMatches.class)).join();
        if (matches == null) {
            throw new AggregateNotFoundException(leadId, "No lead with this id");
        }
        return matches;
    }

    @Operation(operationId = "getLeadMatches",
               summary = "The open leads (not lost, not yet a tenant, floor space known) that the building's vacant "
                         + "units would fit, best first, among the leads the caller may see")
    @ApiResponse(responseCode = "404", description = "No building with this id")
    @GetMapping("/api/buildings/{buildingId}/lead-matches")
    public LeadMatches leadMatches(@PathVariable String buildingId,
            @Parameter(description = "1 to 100, default 20") @RequestParam(required = false) Integer limit) {
        LeadMatches matches = queries.query(new FindLeadMatchesQuery(buildingId, limit),
                                            ResponseTypes.instanceOf(LeadMatches.class)).join();
        if (matches == null) {
            throw new AggregateNotFoundException(buildingId, "No building with this id");
        }
        return matches;
    }
}
