package org.zhaoshang.crm.ambassador.web;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.ambassador.api.AmbassadorList;
import org.zhaoshang.crm.lead.api.query.AmbassadorScorecard;
import org.zhaoshang.crm.lead.api.query.AmbassadorScorecards;
import org.zhaoshang.crm.lead.api.query.FindAmbassadorScorecardsQuery;
import org.zhaoshang.crm.ambassador.api.AmbassadorSummary;
import org.zhaoshang.crm.ambassador.api.DeactivateAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.ReactivateAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.FindAmbassadorQuery;
import org.zhaoshang.crm.ambassador.api.FindAmbassadorsQuery;
import org.zhaoshang.crm.ambassador.api.RegisterAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.UpdateAmbassadorCommand;
import org.zhaoshang.crm.shared.web.CreatedIdResponse;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/ambassadors")
public class AmbassadorController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public AmbassadorController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(operationId = "registerAmbassador", summary = "Register an ambassador")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<CreatedIdResponse> register(@RequestBody AmbassadorRequest request) {
        String ambassadorId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterAmbassadorCommand(ambassadorId, request.profile()));
        return ResponseEntity.created(URI.create("/api/ambassadors/" + ambassadorId))
                             .body(new CreatedIdResponse(ambassadorId));
    }

    @Operation(operationId = "updateAmbassador", summary = "Change an ambassador's profile")
    @PutMapping("/{ambassadorId}")
    public ResponseEntity<Void> update(@PathVariable String ambassadorId, @RequestBody AmbassadorRequest request) {
        commands.sendAndWait(new UpdateAmbassadorCommand(ambassadorId, request.profile(), request.expectedVersion()));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "deactivateAmbassador", summary = "Deactivate an ambassador")
    @PostMapping("/{ambassadorId}/deactivate")
    public ResponseEntity<Void> deactivate(@PathVariable String ambassadorId, @RequestBody DeactivateRequest request) {
        commands.sendAndWait(new DeactivateAmbassadorCommand(ambassadorId, request.reason(),
                                                             request.expectedVersion()));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "reactivateAmbassador", summary = "Reactivate an ambassador")
    @PostMapping("/{ambassadorId}/reactivate")
    public ResponseEntity<Void> reactivate(@PathVariable String ambassadorId, @RequestBody ReactivateRequest request) {
        commands.sendAndWait(new ReactivateAmbassadorCommand(ambassadorId, request.reason(),
                                                             request.expectedVersion()));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "listAmbassadors", summary = "The ambassadors")
    @GetMapping
    public AmbassadorList list(@RequestParam(defaultValue = "false") boolean includeInactive) {
        return queries.query(new FindAmbassadorsQuery(includeInactive), ResponseTypes.instanceOf(AmbassadorList.class))
                      .join();
    }

    /** Every ambassador and partner (inactive ones too) with what became of the leads they introduced. */
    @Operation(operationId = "listAmbassadorScorecards", summary = "Each ambassador's leads and results")
    @GetMapping("/scorecards")
    public List<NamedScorecard> scorecards() {
        Map<String, AmbassadorScorecard> scorecards = new HashMap<>();
        queries.query(new FindAmbassadorScorecardsQuery(), ResponseTypes.instanceOf(AmbassadorScorecards.class))
               .join().scorecards().forEach(scorecard -> scorecards.put(scorecard.ambassadorId(), scorecard));
        return queries.query(new FindAmbassadorsQuery(true), ResponseTypes.instanceOf(AmbassadorList.class)).join()
                      .ambassadors().stream()
                      .map(ambassador -> new NamedScorecard(ambassador, scorecards.getOrDefault(
                              ambassador.ambassadorId(), AmbassadorScorecard.none(ambassador.ambassadorId()))))
                      .toList();
    }

    @Operation(operationId = "getAmbassador", summary = "One ambassador")
    @GetMapping("/{ambassadorId}")
    public AmbassadorSummary get(@PathVariable String ambassadorId) {
        AmbassadorSummary ambassador = queries.query(new FindAmbassadorQuery(ambassadorId),
                                                     ResponseTypes.instanceOf(AmbassadorSummary.class)).join();
        if (ambassador == null) {
            throw new AggregateNotFoundException(ambassadorId, "No ambassador with this id");
        }
        return ambassador;
    }
}
