package org.zhaoshang.crm.notification.settings;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.lead.web.LeadVersions;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.messaging.VersionedCommands;
import org.zhaoshang.crm.notification.api.ChangeNotificationSettingsCommand;
import org.zhaoshang.crm.notification.api.FindNotificationSettingsQuery;
import org.zhaoshang.crm.notification.api.NotificationSettings;
import org.zhaoshang.crm.security.api.Role;

/**
 * A user's notification settings: their own for everyone signed in, anyone's for administrators (who may set an
 * e-mail address for them). Versions travel as {@code ETag}/{@code If-Match} as a lead's do.
 */
@RestController
class NotificationSettingsController {

    private final VersionedCommands versioned;
    private final QueryGateway queries;
    private final CurrentCaller current;

    NotificationSettingsController(VersionedCommands versioned, QueryGateway queries, CurrentCaller current) {
        this.versioned = versioned;
        this.queries = queries;
        this.current = current;
    }

    @Operation(operationId = "getMyNotificationSettings",
               summary = "What the signed-in user is told and how (defaults until they chose); the version is the ETag")
    @GetMapping("/api/notifications/settings")
    ResponseEntity<NotificationSettings> own() {
        return read(current.caller().id());
    }

    @Operation(operationId = "changeMyNotificationSettings",
               summary = "Choose what the signed-in user is told and how (e-mail and the daily digest exclude each "
                         + "other per kind)")
    @PutMapping("/api/notifications/settings")
    ResponseEntity<Void> changeOwn(@RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
                                   @RequestBody NotificationSettingsRequest request) {
        return change(current.caller().id(), ifMatch, request);
    }

    @Operation(operationId = "getUserNotificationSettings", summary = "A user's notification settings (administrators)")
    @GetMapping("/api/admin/users/{username}/notification-settings")
    ResponseEntity<NotificationSettings> ofUser(@PathVariable String username) {
        current.caller().require("Another user's notification settings", Role.ADMIN);
        return read(username);
    }

    @Operation(operationId = "changeUserNotificationSettings",
               summary = "Set a user's notification settings, e.g. their e-mail address (administrators)")
    @PutMapping("/api/admin/users/{username}/notification-settings")
    ResponseEntity<Void> changeOfUser(@PathVariable String username,
            @RequestHeader(name = LeadVersions.IF_MATCH, required = false) String ifMatch,
            @RequestBody NotificationSettingsRequest request) {
        current.caller().require("Another user's notification settings", Role.ADMIN);
        return change(username, ifMatch, request);
    }

    private ResponseEntity<NotificationSettings> read(String username) {
        NotificationSettings settings = queries.query(new FindNotificationSettingsQuery(username),
                                                      ResponseTypes.instanceOf(NotificationSettings.class)).join();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        return (settings.version() < 0 ? ok : ok.eTag(LeadVersions.etag(settings.version()))).body(settings);
    }

    private ResponseEntity<Void> change(String username, String ifMatch, NotificationSettingsRequest request) {
        return LeadVersions.changed(versioned.sendAndWait(new ChangeNotificationSettingsCommand(
                username, request.email(), request.language(), request.channels(),
                LeadVersions.expected(ifMatch, request.expectedVersion()))));
    }
}
