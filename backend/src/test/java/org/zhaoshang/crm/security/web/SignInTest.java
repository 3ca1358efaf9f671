package org.zhaoshang.crm.security.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhaoshang.crm.JsonRequests.json;

/**
 * Users through the API: how passwords are stored and never shown, sign-in throttling and unlocking, disabling. A
 * store of its own, because locking out 127.0.0.1 would lock out every other test of a shared one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "zhaoshang.data-dir=target/test-data/sign-in-${random.uuid}")
class SignInTest {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void passwordsAreStoredAsBcryptHashesAndNeverShown() throws Exception {
        String name = newUser("Secret-pass-1");

        Document stored = database.getCollection("users").find(eq("_id", name)).first();
        ResponseEntity<String> listed = admin().getForEntity("/api/admin/users", String.class);
        ResponseEntity<String> me = http.withBasicAuth(name, "Secret-pass-1").getForEntity("/api/me", String.class);

        assertThat(stored.getString("passwordHash")).startsWith("{bcrypt}$2a$10$").doesNotContain("Secret-pass-1");
        assertThat(listed.getBody()).contains(name).doesNotContain("passwordHash").doesNotContain("Secret-pass-1");
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(me.getBody()).has("passwordHash")).isFalse();
        assertThat(securityLog(name)).contains("USER_CREATED", "SIGNED_IN");
    }

    @Test
    void tenFailuresLockTheAccountUntilAnAdministratorResetsThePassword() throws Exception {
        String name = newUser("Right-pass-1");
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(http.withBasicAuth(name, "wrong-" + attempt).getForEntity("/api/me", String.class)
                           .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<String> locked = http.withBasicAuth(name, "Right-pass-1").getForEntity("/api/me",
                                                                                                String.class);

        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(locked.getHeaders().getFirst("Retry-After")).isNotNull();
        assertThat(json.readTree(locked.getBody()).get("detail").asText()).contains("Too many failed sign-ins");
        // the address (127.0.0.1, every test's) is locked too; lift only that, the account stays locked
        database.getCollection("sign_in_attempts").deleteOne(eq("_id", "address:127.0.0.1"));
        assertThat(http.withBasicAuth(name, "Right-pass-1").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(securityLog(name)).contains("SIGN_IN_FAILED", "LOCKED_OUT", "REFUSED_WHILE_LOCKED");

        JsonNode user = json.readTree(admin().getForEntity("/api/admin/users/" + name, String.class).getBody());
        assertThat(admin().postForEntity("/api/admin/users/" + name + "/password",
                                         json("{\"password\":\"New-pass-22\",\"expectedVersion\":"
                                              + user.get("version") + "}"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(http.withBasicAuth(name, "New-pass-22").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDisabledUserIsRefusedAtOnceAndAReEnabledOneIsBack() {
        String name = newUser("Some-pass-12");
        TestRestTemplate user = http.withBasicAuth(name, "Some-pass-12");
        assertThat(user.getForEntity("/api/leads", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        admin().postForEntity("/api/admin/users/" + name + "/disable", null, String.class);
        ResponseEntity<String> refused = user.getForEntity("/api/leads", String.class);
        admin().postForEntity("/api/admin/users/" + name + "/enable", null, String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getBody()).contains("This account is disabled");
        assertThat(user.getForEntity("/api/leads", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        database.getCollection("sign_in_attempts").deleteMany(new Document());
    }

    @Test
    void badUserInputNamesTheFieldAndCreatesNothing() throws Exception {
        long before = database.getCollection("users").countDocuments();

        ResponseEntity<String> response = admin().postForEntity("/api/admin/users", json(
                "{\"username\":\"Bad Name\",\"displayName\":\"\",\"password\":\"short\",\"roles\":[\"AMBASSADOR\"]}"),
                                                                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .contains("username", "displayName", "password", "ambassadorId");
        assertThat(database.getCollection("users").countDocuments()).isEqualTo(before);
    }

    @Test
    void usersChangeTheirOwnPasswordWithTheCurrentOne() {
        String name = newUser("First-pass-1");
        TestRestTemplate user = http.withBasicAuth(name, "First-pass-1");

        ResponseEntity<String> wrong = user.exchange("/api/me/password", HttpMethod.PUT, json(
                "{\"currentPassword\":\"nope\",\"newPassword\":\"Second-pass-2\"}"), String.class);
        ResponseEntity<String> changed = user.exchange("/api/me/password", HttpMethod.PUT, json(
                "{\"currentPassword\":\"First-pass-1\",\"newPassword\":\"Second-pass-2\"}"), String.class);

        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getBody()).contains("currentPassword");
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(user.getForEntity("/api/me", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(name, "Second-pass-2").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        database.getCollection("sign_in_attempts").deleteMany(new Document());
    }

    private String newUser(String password) {
        String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> created = admin().postForEntity("/api/admin/users", json(
                "{\"username\":\"" + name + "\",\"displayName\":\"Test " + name + "\",\"password\":\"" + password
                + "\",\"roles\":[\"STAFF\"]}"), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return name;
    }

    private String securityLog(String name) {
        return admin().getForEntity("/api/admin/security-log?username=" + name, String.class).getBody();
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("admin", "demo");
    }
}
