package org.zhaoshang.crm.notification.webhook.send;

import com.fasterxml.jackson.databind.JsonNode;
import org.zhaoshang.crm.notification.api.WebhookDefinedEvent;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * 钉钉 custom robot: {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}}; with a secret the address gets
 * {@code &timestamp=<ms>&sign=<url-encoded signature>}. Answers {@code errcode} (0 is success) and {@code errmsg}.
 */
final class DingTalkMessage implements PlatformMessage {

    @Override
    public RobotRequest request(WebhookDefinedEvent robot, RobotText text, Instant now) {
        String markdown = Utf8Budget.fit("#### " + text.title() + "\n\n", text.body(),
                                         "\n\n[" + text.open() + "](" + text.link() + ")", Utf8Budget.MAX_BYTES);
        return new RobotRequest(signed(robot, now), Map.of("msgtype", "markdown", "markdown",
                                                            Map.of("title", text.title(), "text", markdown)));
    }

    private static URI signed(WebhookDefinedEvent robot, Instant now) {
        if (robot.secret() == null) {
            return URI.create(robot.url());
        }
        long timestamp = now.toEpochMilli();
        String sign = URLEncoder.encode(RobotSignature.dingTalk(timestamp, robot.secret()), StandardCharsets.UTF_8);
        return URI.create(robot.url() + (robot.url().contains("?") ? "&" : "?") + "timestamp=" + timestamp
                          + "&sign=" + sign);
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
