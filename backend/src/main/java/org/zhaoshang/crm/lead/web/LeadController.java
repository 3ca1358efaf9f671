package org.zhaoshang.crm.lead.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.lead.api.CreateLeadCommand;
import org.zhaoshang.crm.lead.api.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.LeadPage;
import org.zhaoshang.crm.lead.api.MoveLeadToStageCommand;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/leads")
public class LeadController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public LeadController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    public ResponseEntity<LeadCreatedResponse> create(@RequestBody CreateLeadRequest request) {
        String leadId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateLeadCommand(leadId, request.companyNameEn(), request.companyNameZh(),
                                                   request.market()));
        return ResponseEntity.created(URI.create("/api/leads/" + leadId)).body(new LeadCreatedResponse(leadId));
    }

    @PostMapping("/{leadId}/stage")
    public ResponseEntity<Void> move(@PathVariable String leadId, @RequestBody MoveLeadRequest request) {
        commands.sendAndWait(new MoveLeadToStageCommand(leadId, request.stage()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    public LeadPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return queries.query(new FindLeadsQuery(page, size), ResponseTypes.instanceOf(LeadPage.class)).join();
    }
}
