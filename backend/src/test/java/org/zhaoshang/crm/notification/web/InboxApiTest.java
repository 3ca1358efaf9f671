package org.zhaoshang.crm.notification.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.Notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * Each user's inbox over the API: every role has one, it holds their own notifications only, a notice posted twice
 * is there once, read marks touch only one's own, and pages and id lists are bounded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxApiTest {

    private static final String PASSWORD = "Quiet-Lake-2031";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private Notices notices;
    private final ObjectMapper json = new ObjectMapper();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String staff = "inbox-staff-" + suffix;
    private final String other = "inbox-other-" + suffix;
    private final String leader = "inbox-leader-" + suffix;

    @BeforeAll
    void users() {
        create(staff, "STAFF");
        create(other, "STAFF");
        create(leader, "LEADER");
    }

    @Test
    void eachUserReadsTheirOwnInboxNewestFirstAndANoticePostedTwiceIsThereOnce() throws Exception {
        Notice older = notice(Instant.parse("2026-12-01T02:00:00Z"), staff, other);
        Notice newer = notice(Instant.parse("2026-12-02T02:00:00Z"), staff);
        notices.post(older);
        notices.post(newer);
        notices.post(older);

        JsonNode inbox = get(staff, "/api/notifications");
        assertThat(inbox.get("items").findValuesAsText("id"))
                .containsExactly(newer.reason() + "|" + staff, older.reason() + "|" + staff);
        assertThat(inbox.get("unread").asLong()).isEqualTo(2);
        assertThat(inbox.get("total").asLong()).isEqualTo(2);
        JsonNode item = inbox.get("items").get(0);
        assertThat(item.get("kind").asText()).isEqualTo("INSTRUCTION");
        assertThat(item.get("link").asText()).isEqualTo("/leads/L-inbox");
        assertThat(item.get("params").get("company").asText()).isEqualTo("巴克莱银行");
        assertThat(item.get("readAt").isNull()).isTrue();
        assertThat(get(other, "/api/notifications").get("items").findValuesAsText("id"))
                .containsExactly(older.reason() + "|" + other);
        assertThat(get(staff, "/api/notifications/unread-count").get("unread").asLong()).isEqualTo(2);
    }

    @Test
    void readMarksTouchOnlyOnesOwnAndAnotherUsersIdIsNotFound() throws Exception {
        Notice notice = notice(Instant.parse("2026-12-03T02:00:00Z"), staff, other);
        notices.post(notice);
        String others = notice.reason() + "|" + other;
        String own = notice.reason() + "|" + staff;

        ResponseEntity<String> refused = send(staff, HttpMethod.POST, "/api/notifications/read",
                                              "{\"ids\":[\"" + own + "\",\"" + others + "\"]}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unread(staff)).contains(own);
        assertThat(unread(other)).contains(others);

        assertThat(send(staff, HttpMethod.POST, "/api/notifications/read", "{\"ids\":[\"" + own + "\"]}")
                           .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(unread(staff)).doesNotContain(own);
        assertThat(get(staff, "/api/notifications").get("items").findValuesAsText("id")).contains(own);
        assertThat(unread(other)).contains(others);

        assertThat(send(other, HttpMethod.POST, "/api/notifications/read-all", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get(other, "/api/notifications/unread-count").get("unread").asLong()).isZero();
    }

    @Test
    void leadersAmbassadorsAndAdministratorsHaveAnInboxToo() throws Exception {
        Notice notice = notice(Instant.parse("2026-12-04T02:00:00Z"), leader, "ambassador", "admin");
        notices.post(notice);

        assertThat(sendAs(leader, PASSWORD, HttpMethod.GET, "/api/notifications", null).getBody())
                .contains(notice.reason() + "|" + leader);
        assertThat(sendAs("ambassador", "demo", HttpMethod.GET, "/api/notifications?limit=200", null).getBody())
                .contains(notice.reason() + "|ambassador");
        assertThat(sendAs("admin", "demo", HttpMethod.GET, "/api/notifications?limit=200", null).getBody())
                .contains(notice.reason() + "|admin");
    }

    @Test
    void pagesAndIdListsAreBounded() {
        for (String page : List.of("limit=0", "limit=201", "offset=-1", "limit=x", "offset=100001")) {
            ResponseEntity<String> answer = send(staff, HttpMethod.GET, "/api/notifications?" + page, null);
            assertThat(answer.getStatusCode()).as(page).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        assertThat(send(staff, HttpMethod.GET, "/api/notifications?limit=200&offset=0&unread=true", null)
                           .getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            ids.add("\"x" + i + "\"");
        }
        assertThat(send(staff, HttpMethod.POST, "/api/notifications/read", "{\"ids\":[" + String.join(",", ids)
                                                                            + "]}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(send(staff, HttpMethod.POST, "/api/notifications/read", "{}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void withoutAMailServerTheChannelsSayEMailIsNotOffered() throws Exception {
        JsonNode channels = get(staff, "/api/notifications/channels");

        assertThat(channels.get("inApp").asBoolean()).isTrue();
        assertThat(channels.get("email").asBoolean()).isFalse();
        assertThat(channels.get("digest").asBoolean()).isFalse();
    }

    private Notice notice(Instant at, String... recipients) {
        return new Notice("instruction:" + UUID.randomUUID(), NotificationKind.INSTRUCTION, "/leads/L-inbox",
                          Map.of("company", "巴克莱银行", "leader", "赵立新", "text", "抓紧推进"), at,
                          Set.of(recipients), null, null);
    }

    private List<String> unread(String user) throws Exception {
        return get(user, "/api/notifications?unread=true&limit=200").get("items").findValuesAsText("id");
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> answer = send(user, HttpMethod.GET, path, null);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        return sendAs(user, PASSWORD, method, path, body);
    }

    private ResponseEntity<String> sendAs(String user, String password, HttpMethod method, String path,
                                          String body) {
        return http.withBasicAuth(user, password).exchange(path, method, json(body), String.class);
    }

    private void create(String username, String role) {
        ResponseEntity<String> created = sendAs("admin", "demo", HttpMethod.POST, "/api/admin/users", """
                {"username":"%s","displayName":"收件人","password":"%s","roles":["%s"]}"""
                .formatted(username, PASSWORD, role));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    }
}
