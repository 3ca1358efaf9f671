package org.zhaoshang.crm.building.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.building.api.query.BuildingDetail;
import org.zhaoshang.crm.building.api.query.BuildingList;
import org.zhaoshang.crm.building.api.query.FindBuildingQuery;
import org.zhaoshang.crm.building.api.query.FindBuildingsQuery;
import org.zhaoshang.crm.building.api.query.FindUnitHistoryQuery;
import org.zhaoshang.crm.building.api.query.UnitHistory;
import org.zhaoshang.crm.building.api.value.TaxTier;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.lead.web.LeadVersions;

/**
 * The building library to read: the list, one building's stacking plan (its version is the ETag) and a unit's
 * history. Staff, managers and leaders; a lead is shown only to those who may see it.
 */
@RestController
public class BuildingReadController {

    private final QueryGateway queries;

    public BuildingReadController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(operationId = "listBuildings",
               summary = "Buildings by zone, tier in a year (at or above it), text in a name or the address, or the "
                         + "caller's own (mine: they are its building manager), by name; each with its vacancy "
                         + "today and the year's tax, tier and tax per m² (year: this year when none)")
    @GetMapping("/api/buildings")
    public BuildingList buildings(@RequestParam(required = false) TargetZone zone,
                                  @RequestParam(required = false) TaxTier tier,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(required = false) Integer year,
                                  @RequestParam(defaultValue = "false") boolean mine) {
        return queries.query(new FindBuildingsQuery(zone, tier, q, year, mine),
                             ResponseTypes.instanceOf(BuildingList.class)).join();
    }

    @Operation(operationId = "getBuilding",
               summary = "One building: profile, vacancy, the stacking plan (floors from the top down, units by "
                         + "place), tax by year (the latest first), whether the caller may change it or let its units")
    @ApiResponse(responseCode = "200", description = "The building; its version is the ETag")
    @GetMapping("/api/buildings/{id}")
    public ResponseEntity<BuildingDetail> building(@PathVariable String id) {
        BuildingDetail detail = queries.query(new FindBuildingQuery(id), ResponseTypes.instanceOf(BuildingDetail.class))
                                       .join();
        return ResponseEntity.ok().eTag(LeadVersions.etag(detail.version())).body(detail);
    }

    @Operation(operationId = "getUnitHistory",
               summary = "Everything recorded about one unit, the latest first: layouts, reservations, lets, "
                         + "vacancies")
    @GetMapping("/api/buildings/{id}/units/{unitId}/history")
    public UnitHistory unitHistory(@PathVariable String id, @PathVariable String unitId) {
        return queries.query(new FindUnitHistoryQuery(id, unitId), ResponseTypes.instanceOf(UnitHistory.class))
                      .join();
    }
}
