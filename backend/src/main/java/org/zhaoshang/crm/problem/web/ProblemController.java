package org.zhaoshang.crm.problem.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.lead.web.LeadVersions;
import org.zhaoshang.crm.messaging.VersionedCommands;
import org.zhaoshang.crm.problem.api.command.CloseProblemCommand;
import org.zhaoshang.crm.problem.api.command.NoteProblemProgressCommand;
import org.zhaoshang.crm.problem.api.command.RaiseProblemCommand;
import org.zhaoshang.crm.problem.api.command.RecordTalkCommand;
import org.zhaoshang.crm.problem.api.command.ReopenProblemCommand;
import org.zhaoshang.crm.problem.api.command.ResolveProblemCommand;
import org.zhaoshang.crm.shared.web.CreatedIdResponse;

import java.net.URI;
import java.util.UUID;

/**
 * Problems (问题) that block a lead, handed to a department and chased (督办): assigned, in progress, resolved by the
 * department, closed or reopened by a manager. A problem's version travels as {@code ETag}/{@code If-Match} as a
 * lead's does; a move its status does not allow is a 400 problem on the field {@code status}.
 */
@RestController
public class ProblemController {

    private final VersionedCommands versioned;

    public ProblemController(VersionedCommands versioned) {
        this.versioned = versioned;
    }

    @Operation(operationId = "raiseProblem",
               summary = "Raise a problem that blocks the lead and hand it to a department by a due day (交办)")
    @ApiResponse(responseCode = "201", description = "The problem's id; its version is the ETag")
    @ApiResponse(responseCode = "403", description = "Not the lead's owner, on its team, or a manager")
    @PostMapping("/api/leads/{leadId}/problems")
    public ResponseEntity<CreatedIdResponse> raise(@PathVariable String leadId,
                                                   @RequestBody RaiseProblemRequest request) {
        String problemId = UUID.randomUUID().toString();
        long version = versioned.sendAndWait(new RaiseProblemCommand(problemId, leadId, request.description(),
                                                                     request.department(), request.dueOn(), null));
        return ResponseEntity.created(URI.create("/api/problems/" + problemId)).eTag(LeadVersions.etag(version))
                             .body(new CreatedIdResponse(problemId));
    }

    @Operation(operationId = "noteProblemProgress",
               summary = "Note what was done on an open problem; the first note puts it in progress (办理中)")
    @ApiResponse(responseCode = "403", description = "Not of the problem's department, the lead's owner or team, "
                                                     + "or a manager")
    @PostMapping("/api/problems/{problemId}/progress")
    public ResponseEntity<Void> noteProgress(@PathVariable String problemId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody ProblemNoteRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new NoteProblemProgressCommand(
                problemId, request.note(), LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "resolveProblem", summary = "The department reports an open problem solved (办结)")
    @ApiResponse(responseCode = "403", description = "Not of the problem's department, or a manager")
    @PostMapping("/api/problems/{problemId}/resolve")
    public ResponseEntity<Void> resolve(@PathVariable String problemId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody ResolveProblemRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new ResolveProblemCommand(
                problemId, request.resolution(), LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "closeProblem", summary = "A manager accepts a resolved problem's resolution (销号)")
    @ApiResponse(responseCode = "403", description = "Not a manager")
    @PostMapping("/api/problems/{problemId}/close")
    public ResponseEntity<Void> close(@PathVariable String problemId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody CloseProblemRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new CloseProblemCommand(
                problemId, request.note(), LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "reopenProblem",
               summary = "A manager sends a resolved or closed problem back with the reason, perhaps a new due day")
    @ApiResponse(responseCode = "403", description = "Not a manager")
    @PostMapping("/api/problems/{problemId}/reopen")
    public ResponseEntity<Void> reopen(@PathVariable String problemId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody ReopenProblemRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new ReopenProblemCommand(
                problemId, request.reason(), request.dueOn(),
                LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }

    @Operation(operationId = "recordProblemTalk", summary = "Record a formal talk (约谈) held about a problem not closed")
    @ApiResponse(responseCode = "403", description = "Not a manager, nor the key project's responsible leader")
    @PostMapping("/api/problems/{problemId}/talk")
    public ResponseEntity<Void> talk(@PathVariable String problemId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody TalkRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new RecordTalkCommand(
                problemId, request.heldOn(), request.participants(), request.summary(),
                LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }
}
