package org.zhaoshang.crm.security.web;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.JsonRequests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store without demo data (as an external MongoDB is) gets no default users: the log prints a one-time setup link,
 * which creates the first administrator once.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"zhaoshang.data-dir=target/test-data/setup-${random.uuid}", "zhaoshang.demo-data=false"})
class SetupLinkTest {

    private static final Pattern LINK = Pattern.compile("/setup\\?token=([0-9a-f]{48})");

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase database;

    @Test
    void theLinkInTheLogCreatesTheFirstAdministratorOnce(CapturedOutput output) {
        Matcher link = LINK.matcher(output.getAll());
        assertThat(link.find()).as("a setup link in the log").isTrue();
        assertThat(database.getCollection("users").countDocuments()).isZero();
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(http.postForEntity("/api/setup", body("0".repeat(48), "chief", "Bureau-pass-9"), String.class)
                       .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> common = http.postForEntity("/api/setup", body(link.group(1), "chief", "qwertyuiop"),
                                                           String.class);
        assertThat(common.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(common.getBody()).contains("\"rule\":\"common\"");
        assertThat(http.postForEntity("/api/setup", body(link.group(1), "chief", "Bureau-pass-9"), String.class)
                       .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(http.postForEntity("/api/setup", body(link.group(1), "second", "Second-pass-1"), String.class)
                       .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(http.withBasicAuth("chief", "Bureau-pass-9").getForEntity("/api/admin/users", String.class)
                       .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(database.getCollection("users").countDocuments()).isOne();
    }

    private static HttpEntity<String> body(String token, String username, String password) {
        return JsonRequests.json("{\"token\":\"" + token + "\",\"username\":\"" + username + "\",\"displayName\":\""
                                 + username + "\",\"password\":\"" + password + "\"}");
    }
}
