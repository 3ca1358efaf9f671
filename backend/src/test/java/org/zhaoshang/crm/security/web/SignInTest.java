package org.zhaoshang.crm.security.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
        assertThat(refused.getBody()).contains("Wrong user name or password").doesNotContainIgnoringCase("disabled");
        assertThat(securityLog(name)).contains("account disabled");
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

    @Test
    void fiftyParallelWrongPasswordsLockTheAccount() throws Exception {
        String name = newUser("Right-pass-1");
        int parallel = 60;
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpStatusCode>> guesses = new ArrayList<>();
        try {
            for (int guess = 0; guess < parallel; guess++) {
                String password = "wrong-" + guess;
                guesses.add(threads.submit(() -> {
                    start.await();
                    return http.withBasicAuth(name, password).getForEntity("/api/me", String.class).getStatusCode();
                }));
            }
            start.countDown();
            for (Future<HttpStatusCode> guess : guesses) {
                assertThat(guess.get(60, TimeUnit.SECONDS).value()).isIn(401, 429);
            }
        } finally {
            threads.shutdownNow();
        }

        ResponseEntity<String> right = http.withBasicAuth(name, "Right-pass-1").getForEntity("/api/me", String.class);

        assertThat(right.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(right.getHeaders().getFirst("Retry-After")).isNotNull();
        // 60 failures from 127.0.0.1 (under the address's 100) still let the other users of that address sign in
        assertThat(admin().getForEntity("/api/admin/users", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        database.getCollection("sign_in_attempts").deleteMany(new Document());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "password", "Password1", "qwertyuiop", "aaaaaaaa", "zzzzzzzzzzzz",
                            "ééééééééééééééééééééééééééééééééééééé-long", "A-very-long-passphrase-of-many-words-that-goes-on-beyond-seventy-two-bytes"})
    void commonRepeatedAndOverlongPasswordsAreRefusedWhereverAPasswordIsSet(String password) throws Exception {
        String name = newUser("Right-pass-1");
        JsonNode user = json.readTree(admin().getForEntity("/api/admin/users/" + name, String.class).getBody());

        ResponseEntity<String> created = admin().postForEntity("/api/admin/users", json(
                "{\"username\":\"" + name + "-2\",\"displayName\":\"Test\",\"password\":\"" + password
                + "\",\"roles\":[\"STAFF\"]}"), String.class);
        ResponseEntity<String> reset = admin().postForEntity("/api/admin/users/" + name + "/password", json(
                "{\"password\":\"" + password + "\",\"expectedVersion\":" + user.get("version") + "}"), String.class);
        ResponseEntity<String> own = http.withBasicAuth(name, "Right-pass-1").exchange("/api/me/password",
                HttpMethod.PUT, json("{\"currentPassword\":\"Right-pass-1\",\"newPassword\":\"" + password
                                     + "\"}"), String.class);

        for (ResponseEntity<String> refused : List.of(created, reset, own)) {
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("rule"))
                    .containsAnyOf("common", "repeated", "max-bytes");
        }
        assertThat(http.withBasicAuth(name, "Right-pass-1").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(database.getCollection("users").find(eq("_id", name + "-2")).first()).isNull();
    }

    @Test
    void seventyTwoBytesAreAccepted() {
        newUser("招商引资密码".repeat(4));
        String password = "Kx7-" + "a1b2c3d4e5f6g7h8".repeat(4) + "-tail";
        assertThat(password.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(73);
        String name = newUser(password.substring(1));
        assertThat(http.withBasicAuth(name, password.substring(1)).getForEntity("/api/me", String.class)
                       .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void nobodyChangesTheirOwnRolesOrDisablesThemselves() throws Exception {
        String name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        admin().postForEntity("/api/admin/users", json(
                "{\"username\":\"" + name + "\",\"displayName\":\"Admin\",\"password\":\"Right-pass-1\","
                + "\"roles\":[\"ADMIN\"]}"), String.class);
        TestRestTemplate self = http.withBasicAuth(name, "Right-pass-1");

        ResponseEntity<String> roles = self.exchange("/api/admin/users/" + name + "/roles", HttpMethod.PUT, json(
                "{\"roles\":[\"ADMIN\",\"MANAGER\"]}"), String.class);
        ResponseEntity<String> disabled = self.postForEntity("/api/admin/users/" + name + "/disable", null,
                                                             String.class);

        assertThat(roles.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(roles.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(roles.getBody()).get("errors").findValuesAsText("rule")).containsExactly("self");
        assertThat(disabled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode account = json.readTree(admin().getForEntity("/api/admin/users/" + name, String.class).getBody());
        assertThat(account.get("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(account.get("enabled").asBoolean()).isTrue();
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
