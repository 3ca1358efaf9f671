package org.zhaoshang.crm.building.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.building.api.command.AddUnitCommand;
import org.zhaoshang.crm.building.api.command.ChangeBuildingProfileCommand;
import org.zhaoshang.crm.building.api.command.ChangeUnitCommand;
import org.zhaoshang.crm.building.api.command.LetUnitCommand;
import org.zhaoshang.crm.building.api.command.RecordBuildingTaxCommand;
import org.zhaoshang.crm.building.api.command.RegisterBuildingCommand;
import org.zhaoshang.crm.building.api.command.ReleaseReservationCommand;
import org.zhaoshang.crm.building.api.command.ReserveUnitCommand;
import org.zhaoshang.crm.building.api.command.VacateUnitCommand;
import org.zhaoshang.crm.building.api.value.ReservationEnd;
import org.zhaoshang.crm.building.api.value.TaxSource;
import org.zhaoshang.crm.lead.web.LeadVersions;
import org.zhaoshang.crm.messaging.VersionedCommands;
import org.zhaoshang.crm.shared.web.CreatedIdResponse;

import java.net.URI;
import java.util.UUID;

/**
 * Changes to the building library (楼宇库): buildings registered and their profile kept, units added and laid out,
 * reserved for leads, let to tenants and vacated, and the tax paid in them. Who may is decided by the aggregate;
 * a building's version travels as {@code ETag}/{@code If-Match} as a lead's does. A unit that is let, reserved for
 * another lead or not beside the others taken with it is a 400 problem naming the unit's field.
 */
@RestController
public class BuildingCommandController {

    private static final String BUILDINGS = "/api/buildings";

    private final VersionedCommands versioned;

    public BuildingCommandController(VersionedCommands versioned) {
        this.versioned = versioned;
    }

    @Operation(operationId = "registerBuilding",
               summary = "Enter a building or park into the building library, with its building manager (managers)")
    @ApiResponse(responseCode = "201", description = "The building's id; its version is the ETag")
    @ApiResponse(responseCode = "403", description = "Not a manager")
    @PostMapping(BUILDINGS)
    public ResponseEntity<CreatedIdResponse> register(@RequestBody BuildingRequest request) {
        String buildingId = UUID.randomUUID().toString();
        long version = versioned.sendAndWait(new RegisterBuildingCommand(buildingId, request.profile()));
        return ResponseEntity.created(URI.create(BUILDINGS + "/" + buildingId)).eTag(LeadVersions.etag(version))
                             .body(new CreatedIdResponse(buildingId));
    }

    @Operation(operationId = "changeBuildingProfile",
               summary = "Replace a building's profile (managers, and its building manager, who may not name another)")
    @ApiResponse(responseCode = "403", description = "Not a manager nor the building's manager, or the building's "
                                                     + "manager naming another")
    @PutMapping(BUILDINGS + "/{buildingId}")
    public ResponseEntity<Void> changeProfile(@PathVariable String buildingId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody BuildingRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new ChangeBuildingProfileCommand(
                buildingId, request.profile(), LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "addUnit",
               summary = "Add a vacant unit to a floor; its number and place on the floor are not another unit's")
    @ApiResponse(responseCode = "201", description = "The unit's id; the building's version is the ETag")
    @ApiResponse(responseCode = "403", description = "Not a manager nor the building's manager")
    @PostMapping(BUILDINGS + "/{buildingId}/units")
    public ResponseEntity<CreatedIdResponse> addUnit(@PathVariable String buildingId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody UnitRequest request) {
        String unitId = UUID.randomUUID().toString();
        long version = versioned.sendAndWait(new AddUnitCommand(
                buildingId, unitId, request.layout(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return ResponseEntity.created(URI.create(BUILDINGS + "/" + buildingId)).eTag(LeadVersions.etag(version))
                             .body(new CreatedIdResponse(unitId));
    }

    @Operation(operationId = "changeUnit",
               summary = "Replace a unit's layout (floor, number, place, area, asking rent); its status and tenant stay")
    @ApiResponse(responseCode = "403", description = "Not a manager nor the building's manager")
    @PutMapping(BUILDINGS + "/{buildingId}/units/{unitId}")
    public ResponseEntity<Void> changeUnit(@PathVariable String buildingId, @PathVariable String unitId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody UnitRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new ChangeUnitCommand(
                buildingId, unitId, request.layout(), LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "reserveUnit",
               summary = "Reserve a vacant unit, and adjacent ones of its floor with it, for a lead at INTENT or later "
                         + "(all or none; 30 days unless until is given, at most 180)")
    @ApiResponse(responseCode = "403", description = "Not a manager, the building's manager, nor one who may change "
                                                     + "the lead")
    @PostMapping(BUILDINGS + "/{buildingId}/units/{unitId}/reserve")
    public ResponseEntity<Void> reserve(@PathVariable String buildingId, @PathVariable String unitId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody ReserveRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new ReserveUnitCommand(
                buildingId, unitId, request.withUnits(), request.leadId(), request.until(),
                LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "releaseUnit", summary = "Release a unit's reservation for a lead")
    @ApiResponse(responseCode = "403", description = "Not a manager, the building's manager, nor one who may change "
                                                     + "the lead")
    @PostMapping(BUILDINGS + "/{buildingId}/units/{unitId}/release")
    public ResponseEntity<Void> release(@PathVariable String buildingId, @PathVariable String unitId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody ReleaseRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new ReleaseReservationCommand(
                buildingId, unitId, request.leadId(), ReservationEnd.RELEASED,
                LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "letUnit",
               summary = "Let a unit, and adjacent ones of its floor with it, to a tenant from a day (all or none): "
                         + "each vacant or reserved for the tenant's lead; a unit already let is refused")
    @ApiResponse(responseCode = "403", description = "Not a manager nor the building's manager, and not one who may "
                                                     + "change the tenant's lead with every unit reserved for it")
    @PostMapping(BUILDINGS + "/{buildingId}/units/{unitId}/let")
    public ResponseEntity<Void> let(@PathVariable String buildingId, @PathVariable String unitId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody LetRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new LetUnitCommand(
                buildingId, unitId, request.withUnits(), request.tenant(), request.from(),
                request.rentYuanPerM2Day(), LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "vacateUnit", summary = "Record that a let unit's tenant moved out on a day")
    @ApiResponse(responseCode = "403", description = "Not a manager nor the building's manager")
    @PostMapping(BUILDINGS + "/{buildingId}/units/{unitId}/vacate")
    public ResponseEntity<Void> vacate(@PathVariable String buildingId, @PathVariable String unitId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody VacateRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new VacateUnitCommand(
                buildingId, unitId, request.vacatedOn(), LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "recordBuildingTax",
               summary = "Record the tax a building's tenants paid in a year or one month of it, 万元; replaces an "
                         + "earlier record of the same year or month (managers)")
    @ApiResponse(responseCode = "403", description = "Not a manager")
    @PostMapping(BUILDINGS + "/{buildingId}/tax")
    public ResponseEntity<Void> recordTax(@PathVariable String buildingId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody TaxRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new RecordBuildingTaxCommand(
                buildingId, request.year() == null ? 0 : request.year(), request.month(), request.amountWan(),
                TaxSource.ENTERED, LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }
}
