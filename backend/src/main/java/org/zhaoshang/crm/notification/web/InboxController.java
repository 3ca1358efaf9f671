package org.zhaoshang.crm.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.notification.api.FindInboxQuery;
import org.zhaoshang.crm.notification.api.Inbox;
import org.zhaoshang.crm.notification.inbox.InboxStore;

import java.util.List;

/** The signed-in user's own inbox (every role has one) and its read marks; nobody reaches another's. */
@RestController
@RequestMapping("/api/notifications")
class InboxController {

    private final QueryGateway queries;
    private final InboxStore inbox;
    private final CurrentCaller current;

    InboxController(QueryGateway queries, InboxStore inbox, CurrentCaller current) {
        this.queries = queries;
        this.inbox = inbox;
        this.current = current;
    }

    @Operation(operationId = "getMyNotifications",
               summary = "My notifications, newest first: a page of at most limit (1-200) from offset")
    @GetMapping
    Inbox page(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int offset,
               @RequestParam(defaultValue = "50") int limit) {
        return queries.query(new FindInboxQuery(current.caller().id(), unread, offset, limit), Inbox.class).join();
    }

    @Operation(operationId = "getMyUnreadNotificationCount", summary = "How many of my notifications are unread")
    @GetMapping("/unread-count")
    UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount(current.caller().id()));
    }

    @Operation(operationId = "markMyNotificationsRead",
               summary = "Mark some of my notifications read (at most 500 ids; an id not in my inbox is not found)")
    @PostMapping("/read")
    ResponseEntity<Void> markRead(@RequestBody ReadRequest request) {
        inbox.markRead(current.caller().id(), request.ids());
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "markAllMyNotificationsRead", summary = "Mark every notification of mine read")
    @PostMapping("/read-all")
    ResponseEntity<Void> markAllRead() {
        inbox.markAllRead(current.caller().id());
        return ResponseEntity.noContent().build();
    }

    record UnreadCount(long unread) {
    }

    record ReadRequest(List<String> ids) {
    }
}
