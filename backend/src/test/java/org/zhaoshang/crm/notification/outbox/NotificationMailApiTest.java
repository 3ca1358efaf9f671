package org.zhaoshang.crm.notification.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhaoshang.crm.notification.api.DeliveryFailedException;
import org.zhaoshang.crm.notification.api.GroupWebhooks;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationChannel;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.NotificationSettings;
import org.zhaoshang.crm.notification.api.Notices;
import org.zhaoshang.crm.notification.inbox.RecipientSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * The application with a real SMTP server (GreenMail) as its {@code spring.mail.*}: a notice reaches its reader by
 * e-mail from the running outbox, once; e-mail is offered; a robot that keeps failing shows in the administrators'
 * list and the health, and is tried again on their word.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "zhaoshang.notifications.outbox.interval=200ms", "zhaoshang.notifications.outbox.max-attempts=1",
        "zhaoshang.notifications.public-url=https://crm.example.gov.cn"})
class NotificationMailApiTest {

    private static final MailServer MAIL = new MailServer().up();
    private static final String ROBOT_REASON = "robot:" + UUID.randomUUID();

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private Notices notices;
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", MAIL::port);
    }

    @AfterAll
    static void stop() {
        MAIL.down();
    }

    @Test
    void aNoticeReachesItsReaderByEMailOnceFromTheRunningOutbox() throws Exception {
        String reason = "instruction:" + UUID.randomUUID();
        Notice notice = new Notice(reason, NotificationKind.INSTRUCTION, "/leads/L-mail",
                                   Map.of("company", "渣打银行", "leader", "赵立新", "text", "本周内落实"),
                                   Instant.now(), Set.of("staff"), null, null);
        notices.post(notice);
        notices.post(notice);

        await().atMost(Duration.ofSeconds(20))
               .until(() -> received("staff@example.gov.cn", "渣打银行").size() == 1);
        MimeMessage sent = received("staff@example.gov.cn", "渣打银行").get(0);
        assertThat(sent.getSubject()).isEqualTo("领导批示：渣打银行");
        assertThat(MailParts.of(sent).get("text/plain")).contains("https://crm.example.gov.cn/leads/L-mail");
        JsonNode channels = json.readTree(http.withBasicAuth("staff", "demo")
                                              .getForEntity("/api/notifications/channels", String.class).getBody());
        assertThat(channels.get("email").asBoolean()).isTrue();
        assertThat(http.withBasicAuth("staff", "demo").getForEntity("/api/notifications?limit=200", String.class)
                       .getBody()).containsOnlyOnce(reason);
    }

    @Test
    void aFailedDeliveryIsListedForAdministratorsCountedInHealthAndRetriedOnTheirWord() throws Exception {
        notices.post(new Notice(ROBOT_REASON, NotificationKind.RED_LIGHT, "/key-projects/2026/L-robot",
                                Map.of("company", "汇丰", "year", "2026", "reasons", "无进展"), Instant.now(),
                                Set.of(), null, null));
        String id = ROBOT_REASON + "|webhook:wecom-test";

        await().atMost(Duration.ofSeconds(20)).until(() -> failures("admin").getBody().contains(id));
        JsonNode failure = null;
        for (JsonNode listed : json.readTree(failures("admin").getBody())) {
            failure = listed.get("id").asText().equals(id) ? listed : failure;
        }
        assertThat(failure.get("recipient").asText()).isEqualTo("webhook:wecom-test");
        assertThat(failure.get("kind").asText()).isEqualTo("RED_LIGHT");
        assertThat(failure.get("channel").asText()).isEqualTo("WEBHOOK");
        assertThat(failure.get("attempts").asInt()).isEqualTo(1);
        assertThat(failure.get("lastError").asText()).isEqualTo("the robot answered 503");
        for (String notAdmin : List.of("staff", "manager", "ambassador", "leader")) {
            assertThat(failures(notAdmin).getStatusCode()).as(notAdmin).isEqualTo(HttpStatus.FORBIDDEN);
        }
        JsonNode health = json.readTree(http.withBasicAuth("admin", "demo")
                                            .getForEntity("/actuator/health", String.class).getBody())
                              .get("components").get("notifications");
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("details").get("failed").asLong()).isPositive();
        assertThat(health.toString()).doesNotContain("汇丰").doesNotContain("@");

        String retry = "/api/admin/notifications/failures/{id}/retry";
        assertThat(http.withBasicAuth("manager", "demo").exchange(retry, HttpMethod.POST, json(null), String.class,
                                                                  id).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "demo").exchange(retry, HttpMethod.POST, json(null), String.class, id)
                       .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(20)).until(() -> RobotOfTheTest.tried >= 2);
        assertThat(http.withBasicAuth("admin", "demo").exchange(
                "/api/admin/notifications/failures/no-such/retry", HttpMethod.POST, json(null), String.class)
                       .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> failures(String user) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/admin/notifications/failures", String.class);
    }

    /** The e-mails to the address about the company (the application's own notices may reach the demo users). */
    private static List<MimeMessage> received(String address, String company) {
        return Arrays.stream(MAIL.received()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address)
                       && message.getSubject().contains(company);
            } catch (Exception unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    @TestConfiguration
    static class RobotOfTheTest {

        static volatile int tried;

        /** Everyone wants every kind in the inbox and by e-mail, at {@code <username>@example.gov.cn}, in Chinese. */
        @Bean
        @Primary
        RecipientSettings everyoneByEMail() {
            return username -> {
                Map<NotificationKind, Set<NotificationChannel>> all = new EnumMap<>(NotificationKind.class);
                for (NotificationKind kind : NotificationKind.values()) {
                    all.put(kind, EnumSet.of(NotificationChannel.IN_APP, NotificationChannel.EMAIL));
                }
                return new NotificationSettings(username, username + "@example.gov.cn", "zh", all, 0);
            };
        }

        /** A robot that takes this test's red light and always answers with an error. */
        @Bean
        @Primary
        GroupWebhooks failingRobot() {
            return new GroupWebhooks() {
                @Override
                public List<String> targetsFor(Notice notice) {
                    return notice.reason().equals(ROBOT_REASON) ? List.of("wecom-test") : List.of();
                }

                @Override
                public void send(String webhookId, Notice notice) {
                    tried++;
                    throw new DeliveryFailedException("the robot answered 503");
                }
            };
        }
    }
}
