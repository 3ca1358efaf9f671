package org.zhaoshang.crm.notification.webhook.send;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.DeliveryFailedException;
import org.zhaoshang.crm.notification.api.GroupWebhooks;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.webhook.query.WebhookListProjection;

import java.util.List;

/**
 * The group robots as the notices' outbox sees them: which take a notice (from the read model), and sending one to a
 * robot in its language (its address and secret from its own events). It never retries: the outbox does.
 */
@Component
class GroupRobots implements GroupWebhooks {

    private final WebhookListProjection list;
    private final WebhookDefinitions definitions;
    private final RobotDelivery delivery;
    private final String publicUrl;

    GroupRobots(WebhookListProjection list, WebhookDefinitions definitions, RobotDelivery delivery,
                @Value("${zhaoshang.notifications.public-url:http://localhost:8080}") String publicUrl) {
        this.list = list;
        this.definitions = definitions;
        this.delivery = delivery;
        this.publicUrl = publicUrl;
    }

    @Override
    public List<String> targetsFor(Notice notice) {
        return list.targetsFor(notice);
    }

    /** A robot removed meanwhile is told as a failure that names it: the outbox gives up on it after its retries. */
    @Override
    public void send(String webhookId, Notice notice) {
        var robot = definitions.find(webhookId).orElseThrow(() -> new DeliveryFailedException(
                "The group robot " + webhookId + " is unknown or was removed"));
        delivery.deliver(robot, RobotText.of(notice, robot.language(), publicUrl));
    }
}
