package org.zhaoshang.crm.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.notification.outbox.Deliveries;
import org.zhaoshang.crm.notification.outbox.DeliveryFailure;
import org.zhaoshang.crm.security.api.Role;

import java.time.Clock;
import java.util.List;

/** The deliveries given up after their last attempt, and trying one again: administrators only. */
@RestController
@RequestMapping("/api/admin/notifications/failures")
class DeliveryFailuresController {

    static final int MAX_LISTED = 500;

    private final Deliveries deliveries;
    private final CurrentCaller current;
    private final Clock clock;

    DeliveryFailuresController(Deliveries deliveries, CurrentCaller current, Clock clock) {
        this.deliveries = deliveries;
        this.current = current;
        this.clock = clock;
    }

    @Operation(operationId = "getNotificationFailures",
               summary = "Deliveries given up after their last attempt, latest first (at most 500)")
    @GetMapping
    List<DeliveryFailure> failures() {
        current.caller().require("The failed deliveries", Role.ADMIN);
        return deliveries.failures(MAX_LISTED);
    }

    @Operation(operationId = "retryNotificationFailure", summary = "Try a failed delivery again, from now")
    @PostMapping("/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable String id) {
        current.caller().require("Retrying a failed delivery", Role.ADMIN);
        deliveries.retry(id, clock.instant());
        return ResponseEntity.noContent().build();
    }
}
