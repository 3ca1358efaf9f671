package org.zhaoshang.crm.security.users;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.eventstore.WriteDurability;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.storage.StoreAvailability;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in against the stored users: what a refusal says, what it costs, what reaches the logs. */
class UserAuthenticationTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private final CountingEncoder passwords = new CountingEncoder();

    @Test
    void aDisabledAccountIsRefusedLikeAWrongPasswordAfterTheSamePasswordCheck() {
        MongoDatabase database = STORE.database("disabled");
        UserAuthentication authentication = authentication(database);
        users(database).insert(new StoredUser("li", "Li", passwords.encode("Right-pass-1"), Set.of(Role.STAFF), null,
                                              false, 0, NOW, NOW));
        users(database).insert(new StoredUser("wang", "Wang", passwords.encode("Right-pass-1"), Set.of(Role.STAFF),
                                              null, true, 0, NOW, NOW));
        String wrongPassword = message(() -> authentication.authenticate(token("wang", "Wrong-pass-1")));
        passwords.checks.clear();

        String disabled = message(() -> authentication.authenticate(token("li", "Right-pass-1")));

        assertThat(disabled).isEqualTo(wrongPassword).doesNotContainIgnoringCase("disabled");
        assertThat(passwords.checks).as("bcrypt ran against the user's own hash").hasSize(1);
        assertThat(database.getCollection(SecurityLog.SECURITY_LOG).find(new Document("username", "li")).first()
                           .getString("detail")).contains("disabled");
        assertThat(database.getCollection(SecurityLog.SECURITY_LOG)
                           .countDocuments(new Document("type", "SIGNED_IN"))).isZero();
    }

    @Test
    void aLongUserNameWithLineBreaksFailsAndReachesNoLogWhole() {
        MongoDatabase database = STORE.database("long-name");
        UserAuthentication authentication = authentication(database);
        Logger securityLogger = (Logger) LoggerFactory.getLogger("org.zhaoshang.crm.security.log");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        securityLogger.addAppender(logged);
        // Another test's application context may have left the root logger at WARN in this JVM.
        Level levelBefore = securityLogger.getLevel();
        securityLogger.setLevel(Level.INFO);
        String name = "li\r\n2026-11-27 INFO SIGNED_IN user=admin\u2028" + "x".repeat(1_500_000);
        try {
            assertThatThrownBy(() -> authentication.authenticate(token(name, "Right-pass-1")))
                    .isInstanceOf(BadCredentialsException.class);
        } finally {
            securityLogger.detachAppender(logged);
            securityLogger.setLevel(levelBefore);
        }

        Document entry = database.getCollection(SecurityLog.SECURITY_LOG).find().first();
        assertThat(entry.getString("username")).hasSizeLessThanOrEqualTo(UserAuthentication.MAX_USERNAME_LENGTH + 1)
                                               .doesNotContain("\r", "\n", "\u2028");
        assertThat(logged.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                .hasSizeLessThan(1_000).doesNotContain("\r", "\n", "\u2028"));
        database.getCollection(SignInThrottle.ATTEMPTS).find().forEach(attempts -> assertThat(
                attempts.toJson().length()).isLessThan(1_000));
    }

    @Test
    void aUserNameWithAControlCharacterDoesNotSignInAsTheNameWithoutIt() {
        MongoDatabase database = STORE.database("control");
        UserAuthentication authentication = authentication(database);
        users(database).insert(new StoredUser("li", "Li", passwords.encode("Right-pass-1"), Set.of(Role.STAFF), null,
                                              true, 0, NOW, NOW));

        assertThatThrownBy(() -> authentication.authenticate(token("li\u0000", "Right-pass-1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(authentication.authenticate(token("li", "Right-pass-1")).isAuthenticated()).isTrue();
    }

    private UserAuthentication authentication(MongoDatabase database) {
        SecurityLog log = new SecurityLog(database, Clock.systemUTC());
        return new UserAuthentication(users(database), passwords, new SignInThrottle(database, log, Clock.systemUTC()),
                                      log, Clock.systemUTC(), new StoreAvailability());
    }

    private static UserStore users(MongoDatabase database) {
        return new UserStore(database, WriteDurability.byWriteConcern(), new StoreAvailability());
    }

    private static UsernamePasswordAuthenticationToken token(String name, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.1");
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private static String message(Runnable signIn) {
        try {
            signIn.run();
        } catch (BadCredentialsException refused) {
            return refused.getMessage();
        }
        throw new AssertionError("signed in");
    }

    /** Bcrypt, counting the checks against a stored hash. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        final List<String> checks = new ArrayList<>();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public synchronized boolean matches(CharSequence raw, String hash) {
            checks.add(hash);
            return bcrypt.matches(raw, hash);
        }
    }
}
