package org.zhaoshang.crm.department.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.FindDepartmentsQuery;
import org.zhaoshang.crm.department.api.command.DefineDepartmentCommand;
import org.zhaoshang.crm.department.api.command.RenameDepartmentCommand;
import org.zhaoshang.crm.department.api.command.RetireDepartmentCommand;
import org.zhaoshang.crm.lead.web.LeadVersions;
import org.zhaoshang.crm.messaging.VersionedCommands;
import org.zhaoshang.crm.shared.web.CreatedIdResponse;

import java.net.URI;
import java.util.List;

/**
 * The responsible departments (责任单位): administrators keep the list, every signed-in role but the ambassadors reads
 * it (checked by the handlers). Versions travel as {@code ETag}/{@code If-Match} as a lead's do.
 */
@RestController
@RequestMapping("/api/departments")
public class DepartmentController {

    private final VersionedCommands versioned;
    private final QueryGateway queries;

    public DepartmentController(VersionedCommands versioned, QueryGateway queries) {
        this.versioned = versioned;
        this.queries = queries;
    }

    @Operation(operationId = "listDepartments", summary = "The departments by code (retired ones on request)")
    @GetMapping
    public List<Department> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
        return queries.query(new FindDepartmentsQuery(includeRetired),
                             ResponseTypes.multipleInstancesOf(Department.class)).join();
    }

    @Operation(operationId = "defineDepartment", summary = "Add a department to the list (administrators)")
    @ApiResponse(responseCode = "201", description = "The department's code; its version is the ETag")
    @PostMapping
    public ResponseEntity<CreatedIdResponse> define(@RequestBody DepartmentRequest request) {
        long version = versioned.sendAndWait(new DefineDepartmentCommand(request.code(), request.nameZh(),
                                                                         request.nameEn()));
        return ResponseEntity.created(URI.create("/api/departments/" + request.code()))
                             .eTag(LeadVersions.etag(version)).body(new CreatedIdResponse(request.code()));
    }

    @Operation(operationId = "renameDepartment", summary = "Correct a department's names (administrators)")
    @PutMapping("/{code}")
    public ResponseEntity<Void> rename(@PathVariable String code,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody DepartmentRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new RenameDepartmentCommand(
                code, request.nameZh(), request.nameEn(), LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "retireDepartment",
               summary = "Take a department off the list (administrators): nothing new is handed to it")
    @DeleteMapping("/{code}")
    public ResponseEntity<Void> retire(@PathVariable String code,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) Long expectedVersion) {
        return LeadVersions.changed(versioned.sendAndWait(new RetireDepartmentCommand(
                code, LeadVersions.expected(ifMatch, expectedVersion))));
    }
}
