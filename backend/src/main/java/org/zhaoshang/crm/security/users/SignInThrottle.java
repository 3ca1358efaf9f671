package org.zhaoshang.crm.security.users;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.security.api.SecurityEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Failed sign-ins within {@link #WINDOW} lock further attempts for {@link #LOCK}, whatever the password: an account
 * from one address after {@value #ACCOUNT_FROM_ADDRESS_FAILURES} (one person's typos lock only themselves, there),
 * an account from every address after {@value #ACCOUNT_FAILURES} (guesses spread over many addresses), a whole
 * address only after {@value #ADDRESS_FAILURES} (a bureau's office sits behind one NAT address). Kept in
 * {@value #ATTEMPTS} so that every node counts the same failures; each failure is one atomic {@code $push} on an
 * exact key, so parallel failures all count.
 */
@Component
public class SignInThrottle {

    static final String ATTEMPTS = "sign_in_attempts";
    static final int ACCOUNT_FROM_ADDRESS_FAILURES = 10;
    static final int ACCOUNT_FAILURES = 20;
    static final int ADDRESS_FAILURES = 100;
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

    /** Until when sign-ins for this account from this address are refused; null when they are not. */
    public Instant lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant latest = null;
        for (Document document : attempts.find(in("_id", accountKey(username), pairKey(username, address),
                                                   addressKey(address)))) {
            Date until = document.getDate("lockedUntil");
            if (until != null && until.toInstant().isAfter(now)
                && (latest == null || until.toInstant().isAfter(latest))) {
                latest = until.toInstant();
            }
        }
        return latest;
    }

    public void failed(String username, String address) {
        failed(username, address, null);
    }

    /** Counts a failure; {@code detail} (why it failed) goes to the security log only. */
    public void failed(String username, String address, String detail) {
        securityLog.record(SecurityEvent.Type.SIGN_IN_FAILED, username, address, null, detail);
        Date now = Date.from(clock.instant());
        count(pairKey(username, address), ACCOUNT_FROM_ADDRESS_FAILURES, now, null, username, address,
              "account from this address");
        count(accountKey(username), ACCOUNT_FAILURES, now, address(address), username, address, "account");
        count(addressKey(address), ADDRESS_FAILURES, now, null, username, address, "address");
    }

    /** A successful sign-in forgets the account's failures, and those from its address. */
    public void succeeded(String username, String address) {
        attempts.deleteMany(in("_id", accountKey(username), pairKey(username, address)));
    }

    /** An administrator lifts an account's lock (a password reset does), from every address it failed from. */
    public void unlock(String username) {
        List<String> keys = new ArrayList<>(List.of(accountKey(username)));
        Document account = attempts.find(eq("_id", accountKey(username))).first();
        if (account != null && account.getList("from", String.class) != null) {
            account.getList("from", String.class).forEach(from -> keys.add(pairKey(username, from)));
        }
        attempts.deleteMany(in("_id", keys));
    }

    /**
     * Adds the failure to the key's newest {@code limit} failures (older ones cannot make the count); when all of
     * them lie within the window, locks the key. {@code $max} keeps the latest lock when nodes lock at once, and
     * only the one that set it logs it.
     */
    private void count(String key, int limit, Date now, String from, String username, String address, String what) {
        PushOptions newest = new PushOptions().slice(-limit);
        Bson push = Updates.pushEach("failures", List.of(now), newest);
        Bson update = from == null ? push : Updates.combine(push, Updates.pushEach("from", List.of(from), newest));
        Document counted = attempts.findOneAndUpdate(eq("_id", key), update, new FindOneAndUpdateOptions()
                .upsert(true).returnDocument(ReturnDocument.AFTER));
        Instant windowStart = now.toInstant().minus(WINDOW);
        long recent = counted.getList("failures", Date.class).stream()
                             .filter(at -> at.toInstant().isAfter(windowStart)).count();
        if (recent < limit) {
            return;
        }
        Instant until = now.toInstant().plus(LOCK);
        Document before = attempts.findOneAndUpdate(eq("_id", key), Updates.max("lockedUntil", Date.from(until)));
        Date lockedBefore = before == null ? null : before.getDate("lockedUntil");
        if (lockedBefore == null || !lockedBefore.toInstant().isAfter(now.toInstant())) {
            securityLog.record(SecurityEvent.Type.LOCKED_OUT, username, address, null,
                               what + " locked until " + until);
        }
    }

    private static String accountKey(String username) {
        return "account:" + name(username);
    }

    private static String pairKey(String username, String address) {
        return "account-address:" + name(username) + " " + address(address);
    }

    private static String addressKey(String address) {
        return "address:" + address(address);
    }

    private static String name(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return address == null ? "unknown" : address;
    }
}
