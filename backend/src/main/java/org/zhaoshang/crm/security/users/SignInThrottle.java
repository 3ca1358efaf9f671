package org.zhaoshang.crm.security.users;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.security.api.SecurityEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/**
 * After {@value #MAX_FAILURES} failed sign-ins for one account or from one address within {@link #WINDOW}, further
 * attempts are refused for {@link #LOCK}, whatever the password. Kept in {@value #ATTEMPTS} so that every node
 * counts the same failures.
 */
@Component
public class SignInThrottle {

    static final String ATTEMPTS = "sign_in_attempts";
    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final MongoCollection<Document> attempts;
    private final SecurityLog securityLog;
    private final Clock clock;

    SignInThrottle(MongoDatabase database, SecurityLog securityLog, Clock clock) {
        this.attempts = database.getCollection(ATTEMPTS);
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /** Until when sign-ins for this account or from this address are refused; null when they are not. */
    public Instant lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant account = lockedUntil(accountKey(username), now);
        Instant from = lockedUntil(addressKey(address), now);
        return account == null ? from : from == null || account.isAfter(from) ? account : from;
    }

    private Instant lockedUntil(String key, Instant now) {
        Document document = attempts.find(eq("_id", key)).first();
        Date until = document == null ? null : document.getDate("lockedUntil");
        return until != null && until.toInstant().isAfter(now) ? until.toInstant() : null;
    }

    public void failed(String username, String address) {
        securityLog.record(SecurityEvent.Type.SIGN_IN_FAILED, username, address, null, null);
        count(accountKey(username), username, address);
        count(addressKey(address), username, address);
    }

    public void succeeded(String username) {
        attempts.deleteOne(eq("_id", accountKey(username)));
    }

    /** An administrator lifts an account's lock (a password reset does). */
    public void unlock(String username) {
        succeeded(username);
    }

    private void count(String key, String username, String address) {
        Instant now = clock.instant();
        Document document = attempts.find(eq("_id", key)).first();
        List<Date> recent = new ArrayList<>();
        if (document != null) {
            document.getList("failures", Date.class).stream()
                    .filter(at -> at.toInstant().isAfter(now.minus(WINDOW))).forEach(recent::add);
        }
        recent.add(Date.from(now));
        Document counted = new Document("_id", key).append("failures", recent);
        if (recent.size() >= MAX_FAILURES) {
            Instant until = now.plus(LOCK);
            counted.append("lockedUntil", Date.from(until)).put("failures", List.of());
            securityLog.record(SecurityEvent.Type.LOCKED_OUT, username, address, null,
                               key.substring(0, key.indexOf(':')) + " locked until " + until);
        }
        attempts.replaceOne(eq("_id", key), counted, new ReplaceOptions().upsert(true));
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
