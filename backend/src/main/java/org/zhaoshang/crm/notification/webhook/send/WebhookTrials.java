package org.zhaoshang.crm.notification.webhook.send;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.TestWebhookCommand;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.NotFoundException;

/** An administrator's test message to a robot, sent at once: it arrives, or the platform's refusal is told. */
@Component
class WebhookTrials {

    private final WebhookDefinitions definitions;
    private final RobotDelivery delivery;
    private final String publicUrl;

    WebhookTrials(WebhookDefinitions definitions, RobotDelivery delivery,
                  @Value("${zhaoshang.notifications.public-url:http://localhost:8080}") String publicUrl) {
        this.definitions = definitions;
        this.delivery = delivery;
        this.publicUrl = publicUrl;
    }

    @CommandHandler
    public void handle(TestWebhookCommand command, MetaData metaData) {
        Caller.from(metaData).require("Testing a group robot", Role.ADMIN);
        var robot = definitions.find(command.webhookId())
                               .orElseThrow(() -> new NotFoundException("No group robot with this id"));
        delivery.deliver(robot, RobotText.test(robot.name(), robot.language(), publicUrl));
    }
}
