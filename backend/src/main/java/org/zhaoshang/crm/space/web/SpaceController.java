package org.zhaoshang.crm.space.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.space.api.FindSpaceSummaryQuery;
import org.zhaoshang.crm.space.api.SpaceSummary;

import java.time.LocalDate;

/** The district's space to read: vacancy, take-up, tiers and the watch list. Staff, managers and leaders. */
@RestController
public class SpaceController {

    private final QueryGateway queries;

    public SpaceController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(operationId = "getSpaceSummary",
               summary = "The district's space at a day (today when none; a later day is a 400): vacancy per zone and "
                         + "district and its trend over 24 months, take-up since the plan's start against the goal, "
                         + "buildings per tier and year against the plan's targets, the buildings near their next "
                         + "tier")
    @ApiResponse(responseCode = "200", description = "The summary")
    @GetMapping("/api/space/summary")
    public SpaceSummary summary(@RequestParam(required = false) LocalDate asOf) {
        return queries.query(new FindSpaceSummaryQuery(asOf), ResponseTypes.instanceOf(SpaceSummary.class)).join();
    }
}
