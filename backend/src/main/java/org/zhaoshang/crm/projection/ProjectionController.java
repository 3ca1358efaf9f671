package org.zhaoshang.crm.projection;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** The administrators' view of the projections: their progress, and a rebuild from the event log. */
@RestController
@RequestMapping("/api/admin/projections")
public class ProjectionController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public ProjectionController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(operationId = "listProjections", summary = "The read models and how far each has read the event store")
    @GetMapping
    public ProjectionStatuses list() {
        return queries.query(new FindProjectionsQuery(), ResponseTypes.instanceOf(ProjectionStatuses.class)).join();
    }

    /** Starts the rebuild and answers at once; poll {@code GET /api/admin/projections} for its progress. */
    @Operation(operationId = "rebuildProjection", summary = "Rebuild a read model from the event store")
    @PostMapping("/{projection}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ResponseEntity<Void> rebuild(@PathVariable String projection) {
        commands.sendAndWait(new RebuildProjectionCommand(projection));
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections")).build();
    }
}
