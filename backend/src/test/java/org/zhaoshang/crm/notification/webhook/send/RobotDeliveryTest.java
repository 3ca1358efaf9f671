package org.zhaoshang.crm.notification.webhook.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.notification.api.DeliveryFailedException;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.WebhookDefinedEvent;
import org.zhaoshang.crm.notification.api.WebhookPlatform;
import org.zhaoshang.crm.notification.webhook.RobotServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each platform's message as its robot gets it, against a robot's server inside the test: the format, the words in
 * both languages, the link back, the signatures (recomputed here), and every kind of refusal told without the key or
 * the secret.
 */
class RobotDeliveryTest {

    private static final String PUBLIC_URL = "https://crm.bureau.example/";
    private static final String KEY = "693a91f6-7a1b-4bc4-97a0-0ec2f1e91a2b";
    private static final String SECRET = "SEC0f9e8d7c6b5a4938271605f4e3d2c1b0";
    private static final Notice RED_LIGHT = new Notice(
            "red-light:2026:L-1:2026-12-01", NotificationKind.RED_LIGHT, "/key-projects/2026/L-1",
            Map.of("company", "巴克莱银行", "year", "2026", "reasons", "30 天无进展"), Instant.parse("2026-12-01T01:00:00Z"),
            Set.of(), "dept-fgj", null);

    private final ObjectMapper json = new ObjectMapper();
    private RobotServer server;
    private RobotDelivery delivery;

    @BeforeEach
    void start() throws Exception {
        server = new RobotServer();
        delivery = new RobotDelivery(new RobotPost(Duration.ofSeconds(1), Duration.ofMillis(800)), json);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WebhookDefinedEvent robot(WebhookPlatform platform, String path, String secret, String language) {
        return new WebhookDefinedEvent("ops", "招商一处群", platform, server.url(path), secret, null, null,
                                       Set.of(NotificationKind.RED_LIGHT), language, "admin");
    }

    private void send(WebhookDefinedEvent robot, Notice notice) {
        delivery.deliver(robot, RobotText.of(notice, robot.language(), PUBLIC_URL));
    }

    @Test
    void weComGetsMarkdownWithTheTitleTheBodyAndALinkBack() throws Exception {
        send(robot(WebhookPlatform.WECOM, "/cgi-bin/webhook/send?key=" + KEY, null, "zh"), RED_LIGHT);

        RobotServer.Received got = server.next();
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.uri().toString()).isEqualTo("/cgi-bin/webhook/send?key=" + KEY);
        assertThat(got.contentType()).startsWith("application/json");
        assertThat(json.readTree(got.body())).isEqualTo(json.readTree(json.writeValueAsString(Map.of(
                "msgtype", "markdown", "markdown", Map.of("content",
                        "**重点项目亮红灯：巴克莱银行**\n2026 年重点项目 巴克莱银行 转为红灯：30 天无进展。\n"
                        + "[查看](https://crm.bureau.example/key-projects/2026/L-1)")))));
    }

    @Test
    void aRobotSpeaksItsOwnLanguage() throws Exception {
        send(robot(WebhookPlatform.WECOM, "/cgi-bin/webhook/send?key=" + KEY, null, "en"), RED_LIGHT);

        assertThat(json.readTree(server.next().body()).at("/markdown/content").asText()).isEqualTo(
                "**Key project turned red: 巴克莱银行**\nThe 2026 key project 巴克莱银行 turned red: 30 天无进展.\n"
                + "[Open](https://crm.bureau.example/key-projects/2026/L-1)");
    }

    @Test
    void aLongMessageIsCutBetweenCharactersWithinWeComsBytesAndKeepsItsLink() throws Exception {
        Notice instruction = new Notice("instruction:i-1", NotificationKind.INSTRUCTION, "/leads/L-1",
                                        Map.of("company", "巴克莱银行", "leader", "赵立新", "text", "抓紧😀".repeat(1_500)),
                                        Instant.now(), Set.of(), null, null);
        send(robot(WebhookPlatform.WECOM, "/cgi-bin/webhook/send?key=" + KEY, null, "zh"), instruction);

        String content = json.readTree(server.next().body()).at("/markdown/content").asText();
        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4_096).isGreaterThan(4_000);
        assertThat(content).startsWith("**领导批示：巴克莱银行**\n赵立新 对 巴克莱银行 作出批示：抓紧")
                           .endsWith("…\n[查看](https://crm.bureau.example/leads/L-1)")
                           .doesNotContain("\uFFFD");
        String kept = content.substring(0, content.indexOf('…'));
        assertThat(kept).doesNotContain("?").matches("(?s).*(抓|紧|😀)");
    }

    @Test
    void wordsAUserWroteNeverBecomeALink() throws Exception {
        Notice instruction = new Notice("instruction:i-2", NotificationKind.INSTRUCTION, "/leads/L-1",
                                        Map.of("company", "A", "leader", "B", "text", "[点此](https://evil.example)"),
                                        Instant.now(), Set.of(), null, null);
        send(robot(WebhookPlatform.DINGTALK, "/robot/send?access_token=" + KEY, null, "zh"), instruction);

        assertThat(json.readTree(server.next().body()).at("/markdown/text").asText())
                .contains("［点此］(https://evil.example)").doesNotContain("[点此]");
    }

    @Test
    void dingTalkGetsMarkdownAndASignatureInTheAddress() throws Exception {
        Instant before = Instant.now();
        send(robot(WebhookPlatform.DINGTALK, "/robot/send?access_token=" + KEY, SECRET, "zh"), RED_LIGHT);

        RobotServer.Received got = server.next();
        assertThat(got.uri().getPath()).isEqualTo("/robot/send");
        Map<String, String> query = query(got.uri().getRawQuery());
        assertThat(query).containsOnlyKeys("access_token", "timestamp", "sign").containsEntry("access_token", KEY);
        long timestamp = Long.parseLong(query.get("timestamp"));
        assertThat(timestamp).isBetween(before.toEpochMilli(), Instant.now().toEpochMilli());
        assertThat(query.get("sign")).isEqualTo(hmac(SECRET, timestamp + "\n" + SECRET));
        assertThat(json.readTree(got.body())).isEqualTo(json.readTree(json.writeValueAsString(Map.of(
                "msgtype", "markdown", "markdown", Map.of(
                        "title", "重点项目亮红灯：巴克莱银行",
                        "text", "#### 重点项目亮红灯：巴克莱银行\n\n2026 年重点项目 巴克莱银行 转为红灯：30 天无进展。\n\n"
                                + "[查看](https://crm.bureau.example/key-projects/2026/L-1)")))));
    }

    @Test
    void dingTalkWithoutASecretIsNotSigned() throws Exception {
        send(robot(WebhookPlatform.DINGTALK, "/robot/send?access_token=" + KEY, null, "en"), RED_LIGHT);

        RobotServer.Received got = server.next();
        assertThat(got.uri().getRawQuery()).isEqualTo("access_token=" + KEY);
        assertThat(json.readTree(got.body()).at("/markdown/title").asText())
                .isEqualTo("Key project turned red: 巴克莱银行");
    }

    @Test
    void feishuGetsACardWithATitleTheBodyAButtonAndItsSignature() throws Exception {
        server.answers(200, "{\"code\":0,\"data\":{},\"msg\":\"success\"}");
        long before = Instant.now().getEpochSecond();
        send(robot(WebhookPlatform.FEISHU, "/open-apis/bot/v2/hook/" + KEY, SECRET, "zh"), RED_LIGHT);

        RobotServer.Received got = server.next();
        assertThat(got.uri().toString()).isEqualTo("/open-apis/bot/v2/hook/" + KEY);
        JsonNode body = json.readTree(got.body());
        assertThat(body.get("msg_type").asText()).isEqualTo("interactive");
        String timestamp = body.get("timestamp").asText();
        assertThat(body.get("timestamp").isTextual()).isTrue();
        assertThat(Long.parseLong(timestamp)).isBetween(before, Instant.now().getEpochSecond());
        assertThat(body.get("sign").asText()).isEqualTo(hmac(timestamp + "\n" + SECRET, ""));
        assertThat(body.get("card")).isEqualTo(json.readTree(json.writeValueAsString(Map.of(
                "config", Map.of("wide_screen_mode", true),
                "header", Map.of("template", "blue",
                                 "title", Map.of("tag", "plain_text", "content", "重点项目亮红灯：巴克莱银行")),
                "elements", java.util.List.of(
                        Map.of("tag", "div", "text", Map.of("tag", "lark_md",
                                                            "content", "2026 年重点项目 巴克莱银行 转为红灯：30 天无进展。")),
                        Map.of("tag", "action", "actions", java.util.List.of(Map.of(
                                "tag", "button", "type", "primary",
                                "url", "https://crm.bureau.example/key-projects/2026/L-1",
                                "text", Map.of("tag", "plain_text", "content", "查看")))))))));
    }

    @Test
    void feishuWithoutASecretSendsNoSignatureAndSpeaksEnglish() throws Exception {
        server.answers(200, "{\"StatusCode\":0,\"StatusMessage\":\"success\"}");
        send(robot(WebhookPlatform.FEISHU, "/open-apis/bot/v2/hook/" + KEY, null, "en"), RED_LIGHT);

        JsonNode body = json.readTree(server.next().body());
        assertThat(body.has("timestamp")).isFalse();
        assertThat(body.has("sign")).isFalse();
        assertThat(body.at("/card/header/title/content").asText()).isEqualTo("Key project turned red: 巴克莱银行");
        assertThat(body.at("/card/elements/1/actions/0/text/content").asText()).isEqualTo("Open");
    }

    @Test
    void aPlatformsErrorCodeIsAFailureThatNamesTheRobotAndTheCodeButNoKeyNorSecret() {
        server.answers(200, "{\"errcode\":310000,\"errmsg\":\"sign not match, token " + KEY + " secret " + SECRET
                            + "\"}");
        assertThatThrownBy(() -> send(robot(WebhookPlatform.DINGTALK, "/robot/send?access_token=" + KEY, SECRET,
                                            "zh"), RED_LIGHT))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("招商一处群").hasMessageContaining("DINGTALK").hasMessageContaining("errcode 310000")
                .hasMessageContaining("sign not match")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(KEY).doesNotContain(SECRET)
                                                                      .doesNotContain("access_token="));
        server.answers(200, "{\"code\":19021,\"msg\":\"sign match fail or timestamp is not within one hour\"}");
        assertThatThrownBy(() -> send(robot(WebhookPlatform.FEISHU, "/open-apis/bot/v2/hook/" + KEY, SECRET, "zh"),
                                      RED_LIGHT))
                .isInstanceOf(DeliveryFailedException.class).hasMessageContaining("code 19021")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(KEY).doesNotContain(SECRET));
    }

    @Test
    void anHttpErrorOrAnAnswerWithoutItsCodeIsAFailure() {
        WebhookDefinedEvent weCom = robot(WebhookPlatform.WECOM, "/cgi-bin/webhook/send?key=" + KEY, null, "zh");
        server.answers(500, "{\"errcode\":0}");
        assertThatThrownBy(() -> send(weCom, RED_LIGHT)).isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("HTTP 500").satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(KEY));
        server.answers(200, "<html>proxy error</html>");
        assertThatThrownBy(() -> send(weCom, RED_LIGHT)).isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("errcode none");
    }

    @Test
    void aRobotThatDoesNotAnswerInTimeOrCannotBeReachedIsAFailure() throws Exception {
        server.hangs();
        WebhookDefinedEvent hanging = robot(WebhookPlatform.WECOM, "/cgi-bin/webhook/send?key=" + KEY, null, "zh");
        long started = System.nanoTime();
        assertThatThrownBy(() -> send(hanging, RED_LIGHT)).isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("could not be reached")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(KEY));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WebhookDefinedEvent gone = new WebhookDefinedEvent(
                "gone", "已关闭", WebhookPlatform.DINGTALK, "http://127.0.0.1:" + closedPort + "/robot/send?access_token="
                                                         + KEY, SECRET, null, null, Set.of(NotificationKind.RED_LIGHT),
                "zh", "admin");
        assertThatThrownBy(() -> send(gone, RED_LIGHT)).isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("could not be reached")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(KEY).doesNotContain(SECRET));
    }

    private static Map<String, String> query(String rawQuery) {
        return Arrays.stream(rawQuery.split("&")).map(parameter -> parameter.split("=", 2))
                     .collect(Collectors.toMap(pair -> pair[0],
                                               pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private static String hmac(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}
