package org.zhaoshang.crm.notification.webhook.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.DeliveryFailedException;
import org.zhaoshang.crm.notification.api.WebhookDefinedEvent;
import org.zhaoshang.crm.notification.api.WebhookPlatform;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * One message to one robot: built in its platform's format, posted, and taken only when the answer is 2xx and the
 * platform's own code is 0; anything else is a {@link DeliveryFailedException} naming the robot and the code, never
 * its address or secret.
 */
@Component
class RobotDelivery {

    private static final Map<WebhookPlatform, PlatformMessage> FORMATS = Map.of(
            WebhookPlatform.WECOM, new WeComMessage(), WebhookPlatform.DINGTALK, new DingTalkMessage(),
            WebhookPlatform.FEISHU, new FeishuMessage());
    /** The real time, not the application's (which a demonstration may move): platforms refuse a signature's skew. */
    private static final Clock SIGNING_CLOCK = Clock.systemUTC();
    private static final int MAX_PLATFORM_MESSAGE = 200;

    private final RobotPost post;
    private final ObjectMapper json;

    RobotDelivery(RobotPost post, ObjectMapper json) {
        this.post = post;
        this.json = json;
    }

    void deliver(WebhookDefinedEvent robot, RobotText text) {
        PlatformMessage format = FORMATS.get(robot.platform());
        RobotPost.Answer answer;
        try {
            RobotRequest request = format.request(robot, text, SIGNING_CLOCK.instant());
            answer = post.post(request.address(), json.writeValueAsBytes(request.body()));
        } catch (IllegalArgumentException unusable) {
            // its message would quote the address
            throw failed(robot, "has an address that cannot be used");
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("a robot's message is made of maps and strings", unwritable);
        } catch (IOException unreachable) {
            throw failed(robot, "could not be reached (" + unreachable.getClass().getSimpleName() + ")");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failed(robot, "was not reached: interrupted");
        }
        JsonNode body = read(answer.body());
        Long code = body == null ? null : format.code(body);
        if (answer.status() / 100 == 2 && code != null && code == 0) {
            return;
        }
        String said = body == null ? "" : RobotSecrets.scrub(format.message(body), robot);
        throw failed(robot, "answered HTTP " + answer.status() + ", " + format.codeName() + " "
                            + (code == null ? "none" : code)
                            + (said.isBlank() ? "" : ": " + cut(said)));
    }

    private JsonNode read(byte[] answer) {
        try {
            return json.readTree(answer);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_PLATFORM_MESSAGE ? text : text.substring(0, MAX_PLATFORM_MESSAGE) + "…";
    }

    private static DeliveryFailedException failed(WebhookDefinedEvent robot, String what) {
        return new DeliveryFailedException("The " + robot.platform() + " group robot \"" + robot.name() + "\" ("
                                           + robot.webhookId() + ") " + what);
    }
}
