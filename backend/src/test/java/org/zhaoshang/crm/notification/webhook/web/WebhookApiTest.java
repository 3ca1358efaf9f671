package org.zhaoshang.crm.notification.webhook.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.notification.api.DeliveryFailedException;
import org.zhaoshang.crm.notification.api.GroupWebhooks;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.webhook.RobotServer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * The group robots over REST and as the notices' outbox uses them, with a robot's server inside the test (which is why
 * http and any host are allowed here): administrators alone keep and test them, the list never shows a key or a
 * secret, bad input names its field, a notice goes to the robots of its kind and scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhaoshang.notifications.webhooks.allow-http=true", "zhaoshang.notifications.webhooks.any-host=true",
        "zhaoshang.notifications.webhooks.request-timeout=1s",
        "zhaoshang.notifications.public-url=https://crm.bureau.example"})
@ExtendWith(OutputCaptureExtension.class)
class WebhookApiTest {

    private static final String KEY = "5f0c7d1e-8a2b-4c3d-9e4f-a1b2c3d41a2b";
    private static final String SECRET = "SECd41d8cd98f00b204e9800998ecf8427e";
    private static final List<String> OTHERS = List.of("staff", "manager", "ambassador", "leader");

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private GroupWebhooks robots;
    private final ObjectMapper json = new ObjectMapper();
    private RobotServer server;

    @BeforeEach
    void start() throws Exception {
        server = new RobotServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void onlyAdministratorsKeepAndReadTheRobotsAndTheListNeverShowsAKeyOrSecret(CapturedOutput output)
            throws Exception {
        String body = robot("运维群", "DINGTALK", server.url("/robot/send?access_token=" + KEY), SECRET, null, null,
                            "[\"RED_LIGHT\"]");
        for (String other : OTHERS) {
            assertThat(send(other, HttpMethod.GET, "/api/admin/webhooks", null).getStatusCode()).as(other)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(other, HttpMethod.POST, "/api/admin/webhooks", body).getStatusCode()).as(other)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        String id = define(body);
        for (String other : OTHERS) {
            assertThat(send(other, HttpMethod.PUT, "/api/admin/webhooks/" + id, body).getStatusCode()).as(other)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(other, HttpMethod.POST, "/api/admin/webhooks/" + id + "/test", null).getStatusCode())
                    .as(other).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(other, HttpMethod.DELETE, "/api/admin/webhooks/" + id, null).getStatusCode()).as(other)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(server.nothingMore(Duration.ofMillis(100))).as("nobody but an administrator tests a robot").isTrue();

        JsonNode listed = awaitListed(id);
        assertThat(listed.get("name").asText()).isEqualTo("运维群");
        assertThat(listed.get("platform").asText()).isEqualTo("DINGTALK");
        assertThat(listed.get("address").asText())
                .isEqualTo(server.url("/robot/send?access_token=••••1a2b"));
        assertThat(listed.get("secretSet").asBoolean()).isTrue();
        assertThat(listed.has("secret")).isFalse();
        assertThat(listed.has("url")).isFalse();
        String list = send("admin", HttpMethod.GET, "/api/admin/webhooks", null).getBody();
        assertThat(list).doesNotContain(KEY).doesNotContain(SECRET);

        ResponseEntity<String> changed = send("admin", HttpMethod.PUT, "/api/admin/webhooks/" + id,
                                              robot("运维群（新）", "DINGTALK", null, null, null, "LONDON",
                                                    "[\"INSTRUCTION\"]"));
        assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode now = listed(id);
            assertThat(now.get("name").asText()).isEqualTo("运维群（新）");
            assertThat(now.get("market").asText()).isEqualTo("LONDON");
            assertThat(now.get("secretSet").asBoolean()).as("kept").isTrue();
            assertThat(now.get("address").asText()).as("kept").endsWith("access_token=••••1a2b");
        });

        assertThat(send("admin", HttpMethod.DELETE, "/api/admin/webhooks/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(listed(id)).isNull());
        assertThat(send("admin", HttpMethod.DELETE, "/api/admin/webhooks/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("admin", HttpMethod.DELETE, "/api/admin/webhooks/no-such-robot", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(output.getAll()).doesNotContain(KEY).doesNotContain(SECRET);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
        long before = robotEvents();
        String url = server.url("/cgi-bin/webhook/send?key=" + KEY);
        assertThat(fields(send("admin", HttpMethod.POST, "/api/admin/webhooks",
                               robot(" ", null, "ftp://example/" + "x".repeat(1_000), null, "no-such-department",
                                     null, "[]").replace("\"language\":\"zh\"", "\"language\":\"fr\""))))
                .containsExactlyInAnyOrder("name", "platform", "url", "kinds", "department", "language");
        assertThat(fields(send("admin", HttpMethod.POST, "/api/admin/webhooks",
                               robot("群", "WECOM", "ftp://example/send", null, null, null, "[\"RED_LIGHT\"]"))))
                .containsExactly("url");
        assertThat(fields(send("admin", HttpMethod.POST, "/api/admin/webhooks",
                               robot("群", "WECOM", null, null, null, null, "[\"RED_LIGHT\"]"))))
                .containsExactly("url");
        assertThat(fields(send("admin", HttpMethod.POST, "/api/admin/webhooks",
                               robot("群", "WECOM", url, null, null, "MARS", "[\"RED_LIGHT\"]"))))
                .containsExactly("market");
        assertThat(fields(send("admin", HttpMethod.PUT, "/api/admin/webhooks/bad id",
                               robot("群", "WECOM", url, null, null, null, "[\"RED_LIGHT\"]"))))
                .containsExactly("webhookId");
        assertThat(robotEvents()).isEqualTo(before);
    }

    @Test
    void aTestMessageGoesOutAtOnceAndARefusalIsA502WithThePlatformsCode(CapturedOutput output) throws Exception {
        String id = define(robot("招商群", "WECOM", server.url("/cgi-bin/webhook/send?key=" + KEY), null, null, null,
                                 "[\"REPORT_READY\"]"));

        ResponseEntity<String> tested = send("admin", HttpMethod.POST, "/api/admin/webhooks/" + id + "/test", null);
        assertThat(tested.getStatusCode()).as(tested.getBody()).isEqualTo(HttpStatus.OK);
        RobotServer.Received got = server.next();
        assertThat(got.uri().getRawQuery()).isEqualTo("key=" + KEY);
        assertThat(json.readTree(got.body()).at("/markdown/content").asText())
                .startsWith("**群机器人测试消息**\n").contains("“招商群”").endsWith("[查看](https://crm.bureau.example/)");

        server.answers(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");
        ResponseEntity<String> refused = send("admin", HttpMethod.POST, "/api/admin/webhooks/" + id + "/test", null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(refused.getBody()).get("detail").asText()).contains("招商群").contains("errcode 93000");
        assertThat(refused.getBody()).doesNotContain(KEY);
        assertThat(send("admin", HttpMethod.POST, "/api/admin/webhooks/no-such-robot/test", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(output.getAll()).doesNotContain(KEY);
    }

    @Test
    void aNoticeGoesToTheRobotsOfItsKindAndOfItsDepartmentOrMarketOrTheWholeBureau() throws Exception {
        String department = "d-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send("admin", HttpMethod.POST, "/api/departments", "{\"code\":\"" + department
                        + "\",\"nameZh\":\"区发改局\",\"nameEn\":\"Reform\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        String url = server.url("/robot/send?access_token=" + KEY);
        String bureau = define(robot("全局", "DINGTALK", url, SECRET, null, null, "[\"RED_LIGHT\"]"));
        String ofDepartment = define(robot("发改局", "DINGTALK", url, null, department, null,
                                           "[\"RED_LIGHT\",\"INSTRUCTION\"]"));
        String london = define(robot("伦敦", "DINGTALK", url, null, null, "LONDON", "[\"RED_LIGHT\"]"));
        String reports = define(robot("报告", "DINGTALK", url, null, null, null, "[\"REPORT_READY\"]"));
        String removed = define(robot("已删", "DINGTALK", url, null, null, null, "[\"RED_LIGHT\"]"));
        assertThat(send("admin", HttpMethod.DELETE, "/api/admin/webhooks/" + removed, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        List<String> mine = List.of(bureau, ofDepartment, london, reports, removed);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(targets(notice(NotificationKind.RED_LIGHT, department, null), mine))
                    .containsExactlyInAnyOrder(bureau, ofDepartment);
            assertThat(targets(notice(NotificationKind.RED_LIGHT, "other", SourceMarket.LONDON), mine))
                    .containsExactlyInAnyOrder(bureau, london);
            assertThat(targets(notice(NotificationKind.INSTRUCTION, department, SourceMarket.LONDON), mine))
                    .containsExactly(ofDepartment);
            assertThat(targets(notice(NotificationKind.REPORT_READY, null, null), mine)).containsExactly(reports);
            assertThat(targets(notice(NotificationKind.FOLLOW_UP_DUE, department, SourceMarket.LONDON), mine))
                    .isEmpty();
        });

        robots.send(bureau, notice(NotificationKind.RED_LIGHT, department, null));
        RobotServer.Received got = server.next();
        assertThat(got.uri().getRawQuery()).startsWith("access_token=" + KEY + "&timestamp=").contains("&sign=");
        assertThat(json.readTree(got.body()).at("/markdown/text").asText())
                .contains("巴克莱银行").endsWith("[查看](https://crm.bureau.example/key-projects/2026/L-1)");
        assertThatThrownBy(() -> robots.send(removed, notice(NotificationKind.RED_LIGHT, null, null)))
                .isInstanceOf(DeliveryFailedException.class);
        server.answers(500, "busy");
        assertThatThrownBy(() -> robots.send(bureau, notice(NotificationKind.RED_LIGHT, null, null)))
                .isInstanceOf(DeliveryFailedException.class).hasMessageContaining("HTTP 500")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(KEY).doesNotContain(SECRET));
    }

    private List<String> targets(Notice notice, List<String> mine) {
        return robots.targetsFor(notice).stream().filter(mine::contains).toList();
    }

    private static Notice notice(NotificationKind kind, String department, SourceMarket market) {
        return new Notice("test:" + UUID.randomUUID(), kind, "/key-projects/2026/L-1",
                          Map.of("company", "巴克莱银行", "year", "2026", "reasons", "30 天无进展"), Instant.now(), Set.of(),
                          department, market);
    }

    private static String robot(String name, String platform, String url, String secret, String department,
                                String market, String kinds) {
        return "{\"name\":\"" + name + "\",\"platform\":" + quoted(platform) + ",\"url\":" + quoted(url)
               + ",\"secret\":" + quoted(secret) + ",\"department\":" + quoted(department) + ",\"market\":"
               + quoted(market) + ",\"kinds\":" + kinds + ",\"language\":\"zh\"}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private String define(String body) throws Exception {
        ResponseEntity<String> defined = send("admin", HttpMethod.POST, "/api/admin/webhooks", body);
        assertThat(defined.getStatusCode()).as(defined.getBody()).isEqualTo(HttpStatus.CREATED);
        String id = json.readTree(defined.getBody()).get("id").asText();
        assertThat(defined.getHeaders().getLocation()).hasToString("/api/admin/webhooks/" + id);
        return id;
    }

    private JsonNode awaitListed(String id) {
        JsonNode[] found = {null};
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(found[0] = listed(id)).isNotNull());
        return found[0];
    }

    private JsonNode listed(String id) throws Exception {
        ResponseEntity<String> list = send("admin", HttpMethod.GET, "/api/admin/webhooks", null);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (JsonNode robot : json.readTree(list.getBody())) {
            if (robot.get("webhookId").asText().equals(id)) {
                return robot;
            }
        }
        return null;
    }

    private List<String> fields(ResponseEntity<String> refused) throws Exception {
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        List<String> fields = new ArrayList<>();
        json.readTree(refused.getBody()).at("/errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields.stream().distinct().toList();
    }

    private long robotEvents() {
        return database.getCollection(MongoEventStorageEngine.EVENTS).countDocuments(eq("type", "GroupWebhook"));
    }

    private ResponseEntity<String> send(String caller, HttpMethod method, String path, String body) {
        return http.withBasicAuth(caller, "demo").exchange(path, method, json(body), String.class);
    }
}
