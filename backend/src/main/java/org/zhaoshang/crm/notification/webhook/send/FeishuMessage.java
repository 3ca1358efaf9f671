package org.zhaoshang.crm.notification.webhook.send;

import com.fasterxml.jackson.databind.JsonNode;
import org.zhaoshang.crm.notification.api.WebhookDefinedEvent;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 飞书 custom bot: an interactive card (a header with the title, the body as {@code lark_md}, a button with the link);
 * with a secret the body gets {@code "timestamp":"<seconds>","sign":…}. Answers {@code code} (0 is success) and
 * {@code msg}; an older bot answers {@code StatusCode} and {@code StatusMessage}.
 */
final class FeishuMessage implements PlatformMessage {

    @Override
    public RobotRequest request(WebhookDefinedEvent robot, RobotText text, Instant now) {
        Map<String, Object> card = Map.of(
                "config", Map.of("wide_screen_mode", true),
                "header", Map.of("template", "blue", "title", Map.of("tag", "plain_text", "content", text.title())),
                "elements", List.of(
                        Map.of("tag", "div", "text", Map.of("tag", "lark_md", "content",
                                                            Utf8Budget.fit("", text.body(), "", Utf8Budget.MAX_BYTES))),
                        Map.of("tag", "action", "actions", List.of(Map.of(
                                "tag", "button", "type", "primary", "url", text.link(),
                                "text", Map.of("tag", "plain_text", "content", text.open()))))));
        Map<String, Object> body = new LinkedHashMap<>();
        if (robot.secret() != null) {
            long timestamp = now.getEpochSecond();
            body.put("timestamp", Long.toString(timestamp));
            body.put("sign", RobotSignature.feishu(timestamp, robot.secret()));
        }
        body.put("msg_type", "interactive");
        body.put("card", card);
        return new RobotRequest(URI.create(robot.url()), body);
    }

    @Override
    public Long code(JsonNode answer) {
        Long code = ErrCode.of(answer, "code");
        return code != null ? code : ErrCode.of(answer, "StatusCode");
    }

    @Override
    public String message(JsonNode answer) {
        return answer.has("msg") ? answer.path("msg").asText("") : answer.path("StatusMessage").asText("");
    }

    @Override
    public String codeName() {
        return "code";
    }
}
