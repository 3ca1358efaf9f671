package org.zhaoshang.crm.lead.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.lead.api.command.AddContactCommand;
import org.zhaoshang.crm.lead.api.command.AddLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.command.RemoveLeadTeamMemberCommand;
import org.zhaoshang.crm.lead.api.command.ChangeContactCommand;
import org.zhaoshang.crm.lead.api.command.ChangeLeadSourceCommand;
import org.zhaoshang.crm.lead.api.command.CompleteFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.CorrectActivityCommand;
import org.zhaoshang.crm.lead.api.command.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.query.FindLeadDetailQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadHistoryQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadImportRecordsQuery;
import org.zhaoshang.crm.lead.api.query.LeadImportRecords;
import org.zhaoshang.crm.lead.api.query.LeadDetail;
import org.zhaoshang.crm.lead.api.query.FindLeadQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadsNamedLikeQuery;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.LeadHistory;
import org.zhaoshang.crm.lead.api.query.LeadNameMatches;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.command.MoveLeadToStageCommand;
import org.zhaoshang.crm.lead.api.command.RecordStageDataCommand;
import org.zhaoshang.crm.lead.api.command.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.command.ReassignLeadCommand;
import org.zhaoshang.crm.lead.api.command.RemoveContactCommand;
import org.zhaoshang.crm.lead.api.command.ReopenLeadCommand;
import org.zhaoshang.crm.lead.api.command.RescheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.RetractActivityCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadAssessmentCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadCompanyCommand;
import org.zhaoshang.crm.lead.api.command.UpdateLeadNumbersCommand;
import org.zhaoshang.crm.messaging.ActorMetaDataConfiguration;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.messaging.VersionedCommands;
import org.zhaoshang.crm.shared.api.IdempotencyKeyReusedException;
import org.zhaoshang.crm.shared.api.Violations;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/leads")
public class LeadController {

    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    private final VersionedCommands versioned;
    private final QueryGateway queries;
    private final EventStore eventStore;
    private final CurrentCaller currentCaller;
    private final ObjectMapper json;

    public LeadController(VersionedCommands versioned, QueryGateway queries, EventStore eventStore,
                          CurrentCaller currentCaller, ObjectMapper json) {
        this.versioned = versioned;
        this.queries = queries;
        this.eventStore = eventStore;
        this.currentCaller = currentCaller;
        this.json = json;
    }

    /**
     * Creates a lead. With an {@code Idempotency-Key}, the lead's id is derived from the caller and the key, so a
     * retried request finds the lead it created the first time and answers the same instead of creating a second one;
     * the keys of different users never meet. The creation event keeps a digest of the request: the same key with
     * another body is refused (422) and creates nothing. Both live in the event store, so every node decides alike.
     */
    @Operation(operationId = "createLead", summary = "Create a lead")
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used before with another body")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<LeadCreatedResponse> create(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = "{\"companyNameEn\": \"Standard Chartered\", \"companyNameZh\": \"渣打银行\", \"market\": \"LONDON\"}")))
            @RequestBody CreateLeadRequest request) {
        new Violations()
                .check(idempotencyKey == null || !idempotencyKey.isBlank(), "Idempotency-Key", "required",
                       "must not be blank when given")
                .maxLength("Idempotency-Key", idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH)
                .throwIfAny();
        List<String> sameName = namedLike(request.companyNameEn(), request.companyNameZh());
        CreateLeadCommand create = new CreateLeadCommand(
                idempotencyKey == null ? UUID.randomUUID().toString() : idempotentId(idempotencyKey),
                request.company(), request.market(), request.channel(), request.introducedBy(),
                request.identifiedOn());
        String leadId = create.leadId();
        String fingerprint = idempotencyKey == null ? null : fingerprint(request);
        long version;
        try {
            version = versioned.sendAndWait(fingerprint == null ? create : GenericCommandMessage.asCommandMessage(create)
                    .andMetaData(Map.of(ActorMetaDataConfiguration.REQUEST_FINGERPRINT_KEY, fingerprint)));
        } catch (AggregateStreamCreationException retried) {
            if (idempotencyKey == null) {
                throw retried;
            }
            version = versionCreatedBy(leadId, fingerprint);
        }
        List<String> others = sameName.stream().filter(other -> !other.equals(leadId)).toList();
        List<LeadCreatedResponse.Warning> warnings = others.isEmpty() ? List.of() : List.of(
                new LeadCreatedResponse.Warning("companyName", "possible-duplicate",
                                                "other leads have a company of this name", others));
        return ResponseEntity.created(URI.create("/api/leads/" + leadId)).eTag(LeadVersions.etag(version))
                             .body(new LeadCreatedResponse(leadId, version, warnings));
    }

    private String idempotentId(String idempotencyKey) {
        String scoped = "lead:" + currentCaller.caller().id() + "\n" + idempotencyKey;
        return UUID.nameUUIDFromBytes(scoped.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String fingerprint(CreateLeadRequest request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The lead of this key was created by the caller before: with the same request (then the answer is the version
     * the creation left, as the first time), or the key was reused. The creating command's events carry its digest.
     */
    private long versionCreatedBy(String leadId, String fingerprint) {
        List<Long> created = eventStore.readEvents(leadId).asStream()
                                       .takeWhile(event -> fingerprint.equals(event.getMetaData().get(
                                               ActorMetaDataConfiguration.REQUEST_FINGERPRINT_KEY)))
                                       .map(DomainEventMessage::getSequenceNumber).toList();
        if (created.isEmpty()) {
            throw new IdempotencyKeyReusedException();
        }
        return created.get(created.size() - 1);
    }

    /** Leads whose company has one of these names: for a warning while a new lead is typed in. */
    @Operation(operationId = "findLeadNameMatches", summary = "Leads whose company has one of these names")
    @GetMapping("/name-matches")
    public LeadNameMatches nameMatches(@RequestParam(required = false) String companyNameEn,
                                       @RequestParam(required = false) String companyNameZh) {
        return new LeadNameMatches(namedLike(companyNameEn, companyNameZh));
    }

    private List<String> namedLike(String companyNameEn, String companyNameZh) {
        return queries.query(new FindLeadsNamedLikeQuery(companyNameEn, companyNameZh),
                             ResponseTypes.instanceOf(LeadNameMatches.class)).join().leadIds();
    }

    @Operation(operationId = "getLead", summary = "One lead as the list shows it")
    @GetMapping("/{leadId}")
    public LeadSummary get(@PathVariable String leadId) {
        LeadSummary lead = queries.query(new FindLeadQuery(leadId), ResponseTypes.instanceOf(LeadSummary.class))
                                  .join();
        if (lead == null) {
            throw new AggregateNotFoundException(leadId, "No lead with this id");
        }
        return lead;
    }

    /** Everything recorded about the lead: company, numbers, assessment, contacts, activities, follow-ups. */
    @Operation(operationId = "getLeadDetail", summary = "Everything recorded about a lead")
    @GetMapping("/{leadId}/detail")
    public LeadDetail detail(@PathVariable String leadId) {
        LeadDetail detail = queries.query(new FindLeadDetailQuery(leadId), ResponseTypes.instanceOf(LeadDetail.class))
                                   .join();
        if (detail == null) {
            throw new AggregateNotFoundException(leadId, "No lead with this id");
        }
        return detail;
    }

    /**
     * What the rows of the bureau's sheets said about the lead beyond its fields: the remarks (an internal note) and
     * the columns the import left unmapped ("other columns from the sheet"), with the file, row and day imported.
     */
    @Operation(operationId = "getLeadImportRecords",
               summary = "The remarks and other columns of the sheet rows a lead was imported from (bureau only)")
    @ApiResponse(responseCode = "403", description = "Ambassadors and partners never see the bureau's sheets")
    @GetMapping("/{leadId}/import-records")
    public LeadImportRecords importRecords(@PathVariable String leadId) {
        LeadImportRecords records = queries.query(new FindLeadImportRecordsQuery(leadId),
                                                  ResponseTypes.instanceOf(LeadImportRecords.class)).join();
        if (records == null) {
            throw new AggregateNotFoundException(leadId, "No lead with this id");
        }
        return records;
    }

    @Operation(operationId = "getLeadHistory", summary = "Every change of a lead: who, when, what")
    @GetMapping("/{leadId}/history")
    public LeadHistory history(@PathVariable String leadId,
                               @RequestParam(defaultValue = "false") boolean oldestFirst) {
        LeadHistory history = queries.query(new FindLeadHistoryQuery(leadId, oldestFirst),
                                            ResponseTypes.instanceOf(LeadHistory.class)).join();
        if (history.events().isEmpty()) {
            throw new AggregateNotFoundException(leadId, "No lead with this id");
        }
        return history;
    }

    @Operation(operationId = "moveLeadToStage", summary = "Move a lead to another stage")
    @ApiResponse(responseCode = "422", description = "A stage the move enters or passes needs more: `errors` names each "
                                                     + "missing field")
    @PostMapping("/{leadId}/stage")
    public ResponseEntity<Void> move(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = "{\"to\": \"SITE_VISIT\", \"comment\": \"visit agreed\"}")))
            @RequestBody MoveLeadRequest request) {
        long version = versioned.sendAndWait(new MoveLeadToStageCommand(leadId, request.to(), request.occurredOn(), request.comment(),
                                                        request.agreementSignedOn(), request.agreementReference(),
                                                        request.registeredOn(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "changeLeadSource", summary = "Change where a lead came from")
    @PutMapping("/{leadId}/source")
    public ResponseEntity<Void> changeSource(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @RequestBody SourceRequest request) {
        long version = versioned.sendAndWait(new ChangeLeadSourceCommand(leadId, request.market(), request.channel(),
                                                         request.introducedBy(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "reassignLead", summary = "Give a lead to another owner")
    @PostMapping("/{leadId}/reassign")
    public ResponseEntity<Void> reassign(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @RequestBody ReassignRequest request) {
        long version = versioned.sendAndWait(new ReassignLeadCommand(leadId, request.owner(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    /** Puts a user on the lead's team (the owner or a manager): they may then see and work on it. */
    @Operation(operationId = "addLeadTeamMember", summary = "Put a user on a lead's team")
    @PostMapping("/{leadId}/team")
    public ResponseEntity<Void> addTeamMember(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @RequestBody TeamMemberRequest request) {
        long version = versioned.sendAndWait(new AddLeadTeamMemberCommand(leadId, request.member(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "removeLeadTeamMember", summary = "Take a user off a lead's team")
    @DeleteMapping("/{leadId}/team/{member}")
    public ResponseEntity<Void> removeTeamMember(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @PathVariable String member,
                                                 @RequestParam(required = false) Long expectedVersion) {
        long version = versioned.sendAndWait(new RemoveLeadTeamMemberCommand(leadId, member, LeadVersions.expected(ifMatch, expectedVersion)));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "updateLeadAssessment", summary = "Change a lead's priority, likelihood and responsible leader")
    @PutMapping("/{leadId}/assessment")
    public ResponseEntity<Void> assess(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @RequestBody AssessmentRequest request) {
        long version = versioned.sendAndWait(new UpdateLeadAssessmentCommand(leadId, request.priority(), request.likelihoodPercent(),
                                                             request.responsibleLeader(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "updateLeadCompany", summary = "Change a lead's company")
    @PutMapping("/{leadId}/company")
    public ResponseEntity<Void> updateCompany(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @RequestBody UpdateCompanyRequest request) {
        long version = versioned.sendAndWait(new UpdateLeadCompanyCommand(leadId, request.company(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "updateLeadNumbers", summary = "Change a lead's investment, land, space, tax and jobs")
    @PutMapping("/{leadId}/numbers")
    public ResponseEntity<Void> updateNumbers(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @RequestBody UpdateNumbersRequest request) {
        long version = versioned.sendAndWait(new UpdateLeadNumbersCommand(leadId, request.investmentAmountWan(),
                                                          request.investmentCurrency(), request.rateToCny(),
                                                          request.landAreaMu(), request.floorSpaceM2(),
                                                          request.expectedAnnualTaxWan(), request.expectedJobs(),
                                                          request.targetZone(), request.targetBuilding(),
                                                          LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "logLeadActivity", summary = "Log an activity (a visit, a call, a meeting) on a lead")
    @PostMapping("/{leadId}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<LeadPartCreatedResponse> logActivity(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
                                                              @RequestBody ActivityRequest request) {
        String activityId = UUID.randomUUID().toString();
        long version = versioned.sendAndWait(new LogActivityCommand(leadId, activityId, request.type(), request.occurredOn(),
                                                    request.participants(), request.summary(), request.internal(),
                                                    LeadVersions.expected(ifMatch, request.expectedVersion())));
        return ResponseEntity.created(URI.create("/api/leads/" + leadId + "/activities/" + activityId)).eTag(LeadVersions.etag(version))
                             .body(new LeadPartCreatedResponse(activityId, version));
    }

    @Operation(operationId = "correctLeadActivity", summary = "Correct a logged activity")
    @PutMapping("/{leadId}/activities/{activityId}")
    public ResponseEntity<Void> correctActivity(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @PathVariable String activityId,
                                                @RequestBody ActivityRequest request) {
        long version = versioned.sendAndWait(new CorrectActivityCommand(leadId, activityId, request.type(), request.occurredOn(),
                                                        request.participants(), request.summary(),
                                                        request.internal(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "retractLeadActivity", summary = "Retract a logged activity")
    @PostMapping("/{leadId}/activities/{activityId}/retract")
    public ResponseEntity<Void> retractActivity(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @PathVariable String activityId,
                                                @RequestBody RetractActivityRequest request) {
        long version = versioned.sendAndWait(new RetractActivityCommand(leadId, activityId, request.reason(),
                                                        LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "addLeadContact", summary = "Add a contact person to a lead")
    @PostMapping("/{leadId}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<LeadPartCreatedResponse> addContact(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
                                                        @RequestBody ContactRequest request) {
        String contactId = UUID.randomUUID().toString();
        long version = versioned.sendAndWait(new AddContactCommand(leadId, contactId, request.contact(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return ResponseEntity.created(URI.create("/api/leads/" + leadId + "/contacts/" + contactId)).eTag(LeadVersions.etag(version))
                             .body(new LeadPartCreatedResponse(contactId, version));
    }

    @Operation(operationId = "changeLeadContact", summary = "Change a lead's contact person")
    @PutMapping("/{leadId}/contacts/{contactId}")
    public ResponseEntity<Void> changeContact(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @PathVariable String contactId,
                                              @RequestBody ContactRequest request) {
        long version = versioned.sendAndWait(new ChangeContactCommand(leadId, contactId, request.contact(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "removeLeadContact", summary = "Remove a contact person from a lead")
    @DeleteMapping("/{leadId}/contacts/{contactId}")
    public ResponseEntity<Void> removeContact(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @PathVariable String contactId,
                                              @RequestParam(required = false) Long expectedVersion) {
        long version = versioned.sendAndWait(new RemoveContactCommand(leadId, contactId, LeadVersions.expected(ifMatch, expectedVersion)));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "scheduleLeadFollowUp", summary = "Schedule a follow-up on a lead")
    @PostMapping("/{leadId}/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<LeadPartCreatedResponse> scheduleFollowUp(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
                                                              @RequestBody FollowUpRequest request) {
        String followUpId = UUID.randomUUID().toString();
        long version = versioned.sendAndWait(new ScheduleFollowUpCommand(leadId, followUpId, request.nextStep(), request.dueOn(),
                                                         request.assignee(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return ResponseEntity.created(URI.create("/api/leads/" + leadId + "/follow-ups/" + followUpId)).eTag(LeadVersions.etag(version))
                             .body(new LeadPartCreatedResponse(followUpId, version));
    }

    @Operation(operationId = "completeLeadFollowUp", summary = "Complete a follow-up")
    @PostMapping("/{leadId}/follow-ups/{followUpId}/complete")
    public ResponseEntity<Void> completeFollowUp(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @PathVariable String followUpId,
                                                 @RequestBody CompleteFollowUpRequest request) {
        long version = versioned.sendAndWait(new CompleteFollowUpCommand(leadId, followUpId, request.outcome(),
                                                         LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "rescheduleLeadFollowUp", summary = "Move a follow-up to another day")
    @PostMapping("/{leadId}/follow-ups/{followUpId}/reschedule")
    public ResponseEntity<Void> rescheduleFollowUp(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @PathVariable String followUpId,
                                                   @RequestBody RescheduleFollowUpRequest request) {
        long version = versioned.sendAndWait(new RescheduleFollowUpCommand(leadId, followUpId, request.dueOn(), request.reason(),
                                                           LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "recordLeadStageData", summary = "Record the agreement or registration of a lead at SIGNED "
                                                               + "or LANDED without moving it")
    @PostMapping("/{leadId}/stage-data")
    public ResponseEntity<Void> recordStageData(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody RecordStageDataRequest request) {
        long version = versioned.sendAndWait(new RecordStageDataCommand(
                leadId, request.agreementSignedOn(), request.agreementReference(), request.registeredOn(),
                LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "putLeadOnHold", summary = "Put a lead on hold")
    @PostMapping("/{leadId}/hold")
    public ResponseEntity<Void> putOnHold(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @RequestBody PutOnHoldRequest request) {
        long version = versioned.sendAndWait(new PutLeadOnHoldCommand(leadId, request.reason(), request.revisitOn(),
                                                      LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "markLeadLost", summary = "Mark a lead lost")
    @PostMapping("/{leadId}/lose")
    public ResponseEntity<Void> markLost(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @RequestBody MarkLostRequest request) {
        long version = versioned.sendAndWait(new MarkLeadLostCommand(leadId, request.reason(), request.detail(),
                                                     request.competingLocation(), request.occurredOn(),
                                                     LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    @Operation(operationId = "reopenLead", summary = "Reopen a lead on hold or lost")
    @PostMapping("/{leadId}/reopen")
    public ResponseEntity<Void> reopen(@PathVariable String leadId,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch, @RequestBody ReopenRequest request) {
        long version = versioned.sendAndWait(new ReopenLeadCommand(leadId, request.comment(), LeadVersions.expected(ifMatch, request.expectedVersion())));
        return LeadVersions.changed(version);
    }

    /**
     * A page of leads. Each filter parameter may be repeated or comma-separated (any of the values matches);
     * {@code sort} is a key, optionally followed by {@code ,asc} or {@code ,desc}.
     */
    @Operation(operationId = "listLeads", summary = "A page of leads, filtered and sorted")
    @GetMapping
    public LeadPage list(LeadFilterParameters filter,
                         @RequestParam(defaultValue = "identifiedOn,desc") String sort,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "20") int size) {
        LeadSortParameter order = LeadSortParameter.parse(sort);
        return queries.query(new FindLeadsQuery(filter.toFilter(), order.sort(), order.descending(), page, size),
                             ResponseTypes.instanceOf(LeadPage.class)).join();
    }
}
