package org.zhaoshang.crm.notification.webhook.send;

import com.fasterxml.jackson.databind.JsonNode;
import org.zhaoshang.crm.notification.api.WebhookDefinedEvent;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * 企业微信 group robot: {@code {"msgtype":"markdown","markdown":{"content":…}}}, the title in bold, the body, the link
 * as {@code [查看](url)}, within its 4,096 bytes; not signed. Answers {@code errcode} (0 is success) and {@code errmsg}.
 */
final class WeComMessage implements PlatformMessage {

    @Override
    public RobotRequest request(WebhookDefinedEvent robot, RobotText text, Instant now) {
        String content = Utf8Budget.fit("**" + text.title() + "**\n", text.body(),
                                        "\n[" + text.open() + "](" + text.link() + ")", Utf8Budget.MAX_BYTES);
        return new RobotRequest(URI.create(robot.url()),
                                Map.of("msgtype", "markdown", "markdown", Map.of("content", content)));
    }

    @Override
    public Long code(JsonNode answer) {
        return ErrCode.of(answer, "errcode");
    }

    @Override
    public String message(JsonNode answer) {
        return answer.path("errmsg").asText("");
    }

    @Override
    public String codeName() {
        return "errcode";
    }
}
