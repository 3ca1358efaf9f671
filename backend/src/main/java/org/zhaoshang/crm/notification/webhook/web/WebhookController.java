package org.zhaoshang.crm.notification.webhook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.notification.api.DefineWebhookCommand;
import org.zhaoshang.crm.notification.api.FindWebhooksQuery;
import org.zhaoshang.crm.notification.api.RemoveWebhookCommand;
import org.zhaoshang.crm.notification.api.TestWebhookCommand;
import org.zhaoshang.crm.notification.api.WebhookSummary;
import org.zhaoshang.crm.shared.web.CreatedIdResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The group robots (WeCom, DingTalk, Feishu), administrators only (checked by the handlers): the list never shows a
 * robot's key, token or secret. A POST gets a new id; a PUT names its own (defining or changing the robot).
 */
@RestController
@RequestMapping("/api/admin/webhooks")
public class WebhookController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public WebhookController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(operationId = "listWebhooks", summary = "The group robots by name, their addresses masked")
    @GetMapping
    public List<WebhookSummary> list() {
        return queries.query(new FindWebhooksQuery(), ResponseTypes.multipleInstancesOf(WebhookSummary.class)).join();
    }

    @Operation(operationId = "defineWebhook", summary = "Add a group robot with a new id (administrators)")
    @ApiResponse(responseCode = "201", description = "The robot's id")
    @PostMapping
    public ResponseEntity<CreatedIdResponse> define(@RequestBody WebhookRequest request) {
        String webhookId = "wh-" + UUID.randomUUID();
        commands.sendAndWait(command(webhookId, request));
        return ResponseEntity.created(URI.create("/api/admin/webhooks/" + webhookId))
                             .body(new CreatedIdResponse(webhookId));
    }

    @Operation(operationId = "changeWebhook",
               summary = "Define or change the group robot of this id (administrators); url and secret left out: kept")
    @PutMapping("/{webhookId}")
    public ResponseEntity<Void> change(@PathVariable String webhookId, @RequestBody WebhookRequest request) {
        commands.sendAndWait(command(webhookId, request));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "removeWebhook", summary = "Remove a group robot (administrators): nothing more is sent")
    @DeleteMapping("/{webhookId}")
    public ResponseEntity<Void> remove(@PathVariable String webhookId) {
        commands.sendAndWait(new RemoveWebhookCommand(webhookId));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "testWebhook",
               summary = "Send a test message to a group robot now (administrators); 502 with the platform's code")
    @ApiResponse(responseCode = "200", description = "The robot took it")
    @ApiResponse(responseCode = "502", description = "The robot did not take it: the problem's detail names the "
                                                     + "platform's code (errcode, code) or why it was not reached")
    @ResponseStatus(HttpStatus.OK)
    @PostMapping("/{webhookId}/test")
    public ResponseEntity<Void> test(@PathVariable String webhookId) {
        commands.sendAndWait(new TestWebhookCommand(webhookId));
        return ResponseEntity.ok().build();
    }

    private static DefineWebhookCommand command(String webhookId, WebhookRequest request) {
        return new DefineWebhookCommand(webhookId, request.name(), request.platform(), request.url(),
                                        request.secret(), request.department(), request.market(), request.kinds(),
                                        request.language());
    }
}
