package org.zhaoshang.crm.project.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.lead.web.LeadVersions;
import org.zhaoshang.crm.messaging.VersionedCommands;
import org.zhaoshang.crm.project.api.command.ChangeCommitmentsCommand;
import org.zhaoshang.crm.project.api.command.RecordProgressCommand;
import org.zhaoshang.crm.project.api.command.SignProjectCommand;
import org.zhaoshang.crm.project.api.command.VerifyProgressCommand;
import org.zhaoshang.crm.project.api.query.FindLeadProjectsQuery;
import org.zhaoshang.crm.project.api.query.FindMyReturnedProgressQuery;
import org.zhaoshang.crm.project.api.query.FindProjectQuery;
import org.zhaoshang.crm.project.api.query.LeadProjects;
import org.zhaoshang.crm.project.api.query.ProjectView;
import org.zhaoshang.crm.project.api.query.ReturnedProgress;
import org.zhaoshang.crm.project.api.value.ProjectAgreement;
import org.zhaoshang.crm.shared.web.CreatedIdResponse;

import java.net.URI;
import java.util.UUID;

/**
 * Signed projects (签约项目) of a lead: their commitments, progress and verification (认定). Versions travel as
 * {@code ETag}/{@code If-Match} as a lead's do.
 */
@RestController
public class ProjectController {

    private final VersionedCommands versioned;
    private final QueryGateway queries;

    public ProjectController(VersionedCommands versioned, QueryGateway queries) {
        this.versioned = versioned;
        this.queries = queries;
    }

    @Operation(operationId = "getLeadProjects", summary = "A lead's signed projects, oldest agreement first")
    @GetMapping("/api/leads/{leadId}/projects")
    public LeadProjects leadProjects(@PathVariable String leadId) {
        LeadProjects projects = queries.query(new FindLeadProjectsQuery(leadId),
                                              ResponseTypes.instanceOf(LeadProjects.class)).join();
        if (projects == null) {
            throw new AggregateNotFoundException(leadId, "No lead with this id");
        }
        return projects;
    }

    @Operation(operationId = "addLeadProject",
               summary = "Record a further agreement with the lead's company (second phase, capital increase)")
    @ApiResponse(responseCode = "201", description = "The new project's id; its version is the ETag")
    @PostMapping("/api/leads/{leadId}/projects")
    public ResponseEntity<CreatedIdResponse> addProject(@PathVariable String leadId,
                                                        @RequestBody FurtherAgreementRequest request) {
        String projectId = UUID.randomUUID().toString();
        long version = versioned.sendAndWait(new SignProjectCommand(
                projectId, leadId, new ProjectAgreement(request.agreementSignedOn(), request.agreementReference(),
                                                        request.basis()),
                request.commitments() == null ? null : request.commitments().commitments()));
        return ResponseEntity.created(URI.create("/api/projects/" + projectId)).eTag(LeadVersions.etag(version))
                             .body(new CreatedIdResponse(projectId));
    }

    @Operation(operationId = "getProject",
               summary = "A signed project: commitments, progress with evidence and verification, version")
    @GetMapping("/api/projects/{projectId}")
    public ResponseEntity<ProjectView> project(@PathVariable String projectId) {
        ProjectView project = queries.query(new FindProjectQuery(projectId),
                                            ResponseTypes.instanceOf(ProjectView.class)).join();
        if (project == null) {
            throw new AggregateNotFoundException(projectId, "No project with this id");
        }
        return ResponseEntity.ok().eTag(LeadVersions.etag(project.version())).body(project);
    }

    @Operation(operationId = "getMyReturnedProgress",
               summary = "Progress facts a manager returned to me that I have not corrected yet")
    @GetMapping("/api/projects/returned-to-me")
    public ReturnedProgress returnedToMe() {
        return queries.query(new FindMyReturnedProgressQuery(), ResponseTypes.instanceOf(ReturnedProgress.class))
                      .join();
    }

    @Operation(operationId = "changeProjectCommitments", summary = "Set what a signed project's agreement promises")
    @PutMapping("/api/projects/{projectId}/commitments")
    public ResponseEntity<Void> changeCommitments(@PathVariable String projectId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody CommitmentsRequest request) {
        long version = versioned.sendAndWait(new ChangeCommitmentsCommand(
                projectId, request.commitments(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "recordProjectProgress",
               summary = "Record a progress fact (capital arrived, milestone, tax paid, jobs, the agreement signed) "
                         + "with its evidence: documents of the project's lead")
    @ApiResponse(responseCode = "201", description = "The fact's id; the project's version is the ETag")
    @PostMapping("/api/projects/{projectId}/progress")
    public ResponseEntity<CreatedIdResponse> recordProgress(@PathVariable String projectId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody ProgressRequest request) {
        String progressId = UUID.randomUUID().toString();
        long version = versioned.sendAndWait(new RecordProgressCommand(
                projectId, progressId, request.fact(), request.replaces(),
                LeadVersions.expected(ifMatch, request.expectedVersion())));
        return ResponseEntity.created(URI.create("/api/projects/" + projectId + "/progress/" + progressId))
                             .eTag(LeadVersions.etag(version)).body(new CreatedIdResponse(progressId));
    }

    @Operation(operationId = "verifyProjectProgress",
               summary = "Verify (认定) a progress fact: approve it, or return it to its recorder with the reason")
    @ApiResponse(responseCode = "403", description = "Not a manager, or the manager recorded the fact")
    @PostMapping("/api/projects/{projectId}/progress/{progressId}/verify")
    public ResponseEntity<Void> verify(@PathVariable String projectId, @PathVariable String progressId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody VerifyRequest request) {
        long version = versioned.sendAndWait(new VerifyProgressCommand(
                projectId, progressId, request.decision(), request.reason(),
                LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }
}
