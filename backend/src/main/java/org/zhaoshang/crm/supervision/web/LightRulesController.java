package org.zhaoshang.crm.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.lead.web.LeadVersions;
import org.zhaoshang.crm.messaging.VersionedCommands;
import org.zhaoshang.crm.supervision.api.ChangeLightRulesCommand;
import org.zhaoshang.crm.supervision.api.query.FindLightRulesQuery;
import org.zhaoshang.crm.supervision.api.query.LightRulesHistory;

/** The rules of escalation and of the key projects' lights: read by the bureau, changed by managers and admins. */
@RestController
public class LightRulesController {

    private final VersionedCommands versioned;
    private final QueryGateway queries;

    public LightRulesController(VersionedCommands versioned, QueryGateway queries) {
        this.versioned = versioned;
        this.queries = queries;
    }

    @Operation(operationId = "getLightRules",
               summary = "The light and escalation rules in force today, every change with its day, and the version "
                         + "(also the ETag, once they were changed)")
    @GetMapping("/api/lights/rules")
    public ResponseEntity<LightRulesHistory> rules() {
        LightRulesHistory history = queries.query(new FindLightRulesQuery(),
                                                  ResponseTypes.instanceOf(LightRulesHistory.class)).join();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        return (history.version() < 0 ? ok : ok.eTag(LeadVersions.etag(history.version()))).body(history);
    }

    @Operation(operationId = "changeLightRules",
               summary = "Change the light and escalation rules from a day on (today when none; never before today)")
    @PutMapping("/api/lights/rules")
    public ResponseEntity<Void> change(@RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
                                       @RequestBody LightRulesRequest request) {
        Long expected = LeadVersions.expected(ifMatch, request.expectedVersion());
        return LeadVersions.changed(versioned.sendAndWait(new ChangeLightRulesCommand(request.rules(),
                                                                                      request.effectiveFrom(),
                                                                                      expected)));
    }
}
