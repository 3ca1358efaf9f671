package org.zhaoshang.crm.notification.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.eventstore.MongoEventStorageEngine;

import java.time.Duration;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.JsonRequests.json;

/** Notification settings over REST: each user their own, administrators anyone's, bad input a 400 that stores nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationSettingsApiTest {

    private static final String MAIL_REPORTS = "{\"email\":\"leader@bureau.example\",\"language\":\"en\","
                                               + "\"channels\":{\"REPORT_READY\":[\"IN_APP\",\"EMAIL\"],"
                                               + "\"RED_LIGHT\":[\"DIGEST\"]}}";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyoneReadsTheDefaultsUntilTheyChooseThenTheirOwnChoice() throws Exception {
        for (String user : List.of("staff", "admin")) {
            ResponseEntity<String> own = send(user, HttpMethod.GET, "/api/notifications/settings", null, null);
            assertThat(own.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            JsonNode settings = json.readTree(own.getBody());
            assertThat(settings.get("username").asText()).isEqualTo(user);
            assertThat(settings.get("channels").get("INSTRUCTION").get(0).asText()).isEqualTo("IN_APP");
        }
        ResponseEntity<String> changed = send("leader", HttpMethod.PUT, "/api/notifications/settings", null,
                                              MAIL_REPORTS);
        assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(changed.getHeaders().getETag()).isEqualTo("\"0\"");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ResponseEntity<String> own = send("leader", HttpMethod.GET, "/api/notifications/settings", null, null);
            assertThat(own.getHeaders().getETag()).isEqualTo("\"0\"");
            JsonNode settings = json.readTree(own.getBody());
            assertThat(settings.get("email").asText()).isEqualTo("leader@bureau.example");
            assertThat(settings.get("language").asText()).isEqualTo("en");
            assertThat(settings.get("channels").size()).isEqualTo(2);
            assertThat(settings.get("channels").get("RED_LIGHT").get(0).asText()).isEqualTo("DIGEST");
        });
        assertThat(send("leader", HttpMethod.PUT, "/api/notifications/settings", "\"7\"", MAIL_REPORTS)
                           .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(send("leader", HttpMethod.PUT, "/api/notifications/settings", "\"0\"", MAIL_REPORTS)
                           .getHeaders().getETag()).isEqualTo("\"1\"");
    }

    @Test
    void onlyAdministratorsReadAndSetAnotherUsersSettings() throws Exception {
        String path = "/api/admin/users/ambassador/notification-settings";
        for (String other : List.of("staff", "manager", "leader", "ambassador")) {
            assertThat(send(other, HttpMethod.GET, path, null, null).getStatusCode()).as(other)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(other, HttpMethod.PUT, path, null, MAIL_REPORTS).getStatusCode()).as(other)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<String> set = send("admin", HttpMethod.PUT, path, null,
                                          "{\"email\":\"partner@abroad.example\",\"language\":\"en\","
                                          + "\"channels\":{\"FOLLOW_UP_DUE\":[\"EMAIL\"]}}");
        assertThat(set.getStatusCode()).as(set.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode mine = json.readTree(send("ambassador", HttpMethod.GET, "/api/notifications/settings", null,
                                               null).getBody());
            assertThat(mine.get("email").asText()).isEqualTo("partner@abroad.example");
            JsonNode asAdmin = json.readTree(send("admin", HttpMethod.GET, path, null, null).getBody());
            assertThat(asAdmin.get("email").asText()).isEqualTo("partner@abroad.example");
        });
    }

    @Test
    void aBadAddressOrEMailWithTheDigestIsA400AndStoresNothing() throws Exception {
        long before = settingsEvents();
        ResponseEntity<String> badMail = send("manager", HttpMethod.PUT, "/api/notifications/settings", null,
                                              "{\"email\":\"no address\",\"language\":\"zh\",\"channels\":{}}");
        assertThat(badMail.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badMail.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(badMail.getBody()).at("/errors").findValuesAsText("field")).contains("email");
        ResponseEntity<String> both = send("manager", HttpMethod.PUT, "/api/notifications/settings", null,
                                           "{\"email\":\"m@bureau.example\",\"language\":\"zh\","
                                           + "\"channels\":{\"RED_LIGHT\":[\"EMAIL\",\"DIGEST\"]}}");
        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(both.getBody()).at("/errors").findValuesAsText("rule")).contains("email-or-digest");
        assertThat(send("manager", HttpMethod.PUT, "/api/notifications/settings", null,
                        "{\"language\":\"fr\",\"channels\":{}}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(settingsEvents()).isEqualTo(before);
    }

    private long settingsEvents() {
        return database.getCollection(MongoEventStorageEngine.EVENTS)
                       .countDocuments(eq("type", "NotificationSettingsBook"));
    }

    private ResponseEntity<String> send(String caller, HttpMethod method, String path, String ifMatch, String body) {
        return http.withBasicAuth(caller, "demo").exchange(path, method, json(body, ifMatch), String.class);
    }
}
