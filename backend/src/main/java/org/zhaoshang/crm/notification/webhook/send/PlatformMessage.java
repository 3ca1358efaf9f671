package org.zhaoshang.crm.notification.webhook.send;

import com.fasterxml.jackson.databind.JsonNode;
import org.zhaoshang.crm.notification.api.WebhookDefinedEvent;

import java.time.Instant;

/** One platform's format: the request for a text, and the platform's own code in its answer (0 is success). */
interface PlatformMessage {

    RobotRequest request(WebhookDefinedEvent robot, RobotText text, Instant now);

    /** The platform's code, or null when the answer carries none. */
    Long code(JsonNode answer);

    /** The platform's words about its code, or "". */
    String message(JsonNode answer);

    /** What the platform calls its code, for the messages of a failure ({@code errcode}, {@code code}). */
    String codeName();
}
