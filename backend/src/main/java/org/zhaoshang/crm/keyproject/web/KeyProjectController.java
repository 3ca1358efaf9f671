package org.zhaoshang.crm.keyproject.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.command.DesignateKeyProjectCommand;
import org.zhaoshang.crm.keyproject.api.command.StopKeyProjectCommand;
import org.zhaoshang.crm.keyproject.api.command.WriteInstructionCommand;
import org.zhaoshang.crm.lead.web.LeadVersions;
import org.zhaoshang.crm.messaging.VersionedCommands;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.shared.web.CreatedIdResponse;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

/**
 * Key projects (重点项目) as managers designate and stop them, and the responsible leader's instructions (批示) on them.
 * Who may is decided by the aggregate; versions travel as {@code ETag}/{@code If-Match} as a lead's do. The key
 * projects' lists, dossiers and cockpit are read elsewhere (supervision).
 */
@RestController
public class KeyProjectController {

    private final VersionedCommands versioned;
    private final Clock clock;

    public KeyProjectController(VersionedCommands versioned, Clock clock) {
        this.versioned = versioned;
        this.clock = clock;
    }

    @Operation(operationId = "designateKeyProject",
               summary = "Make a lead a key project of the year, or change its leader, department or goal (managers)")
    @ApiResponse(responseCode = "204", description = "Designated; the key project's version is the ETag")
    @PutMapping("/api/key-projects/{year}/{leadId}")
    public ResponseEntity<Void> designate(@PathVariable int year, @PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody DesignationRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new DesignateKeyProjectCommand(
                year, leadId, new Designation(request.leader(), request.department(), request.goal()),
                LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "stopKeyProject",
               summary = "Stop a lead being a key project of the year, with the reason (body or parameter; managers)")
    @DeleteMapping("/api/key-projects/{year}/{leadId}")
    public ResponseEntity<Void> stop(@PathVariable int year, @PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestParam(name = "reason", required = false) String reasonParameter,
            @RequestBody(required = false) StopRequest request) {
        String reason = request == null || request.reason() == null ? reasonParameter : request.reason();
        Long expected = request == null ? null : request.expectedVersion();
        return LeadVersions.changed(versioned.sendAndWait(new StopKeyProjectCommand(
                year, leadId, reason, LeadVersions.expected(ifMatch, expected))));
    }

    @Operation(operationId = "writeInstruction",
               summary = "Write an instruction (批示) on a key project of the year (default: this year), or on one of "
                         + "its lead's problems (the project's responsible leader)")
    @ApiResponse(responseCode = "201", description = "The instruction's id; the key project's version is the ETag")
    @PostMapping("/api/leads/{leadId}/instructions")
    public ResponseEntity<CreatedIdResponse> writeInstruction(@PathVariable String leadId,
                                                              @RequestBody InstructionRequest request) {
        int year = request.year() == null ? BureauTime.today(clock).getYear() : request.year();
        String instructionId = UUID.randomUUID().toString();
        long version = versioned.sendAndWait(new WriteInstructionCommand(year, leadId, instructionId,
                                                                         request.problemId(), request.text()));
        return ResponseEntity.created(URI.create("/api/key-projects/" + year + "/" + leadId))
                             .eTag(LeadVersions.etag(version)).body(new CreatedIdResponse(instructionId));
    }
}
