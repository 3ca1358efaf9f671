package org.zhaoshang.crm.security.users;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.security.api.SecurityEvent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sign-ins, failures, lock-outs and changes to users, kept in {@value #SECURITY_LOG} for administrators and written
 * to the log under {@code org.zhaoshang.crm.security.log}. Never a password.
 */
@Component
public class SecurityLog {

    static final String SECURITY_LOG = "security_log";
    static final int MAX_FIELD_LENGTH = 200;
    /** Line and paragraph separators, controls and format characters: a typed name must not forge a log line. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Logger log = LoggerFactory.getLogger("org.zhaoshang.crm.security.log");

    private final MongoCollection<Document> entries;
    private final Clock clock;

    SecurityLog(MongoDatabase database, Clock clock) {
        this.entries = database.getCollection(SECURITY_LOG);
        this.clock = clock;
    }

    public void record(SecurityEvent.Type type, String username, String address, String actor, String detail) {
        username = loggable(username, MAX_FIELD_LENGTH);
        address = loggable(address, MAX_FIELD_LENGTH);
        actor = loggable(actor, MAX_FIELD_LENGTH);
        detail = loggable(detail, MAX_FIELD_LENGTH);
        SecurityEvent event = new SecurityEvent(clock.instant(), type, username, address, actor, detail);
        log.info("{} user={} address={} actor={} {}", type, username, address, actor, detail == null ? "" : detail);
        entries.insertOne(new Document("at", Date.from(event.at())).append("type", type.name())
                                  .append("username", username).append("address", address)
                                  .append("actor", actor).append("detail", detail));
    }

    /** The text with every control character replaced by '?', cut to {@code max} characters (marked with '…'). */
    static String loggable(String text, int max) {
        if (text == null) {
            return null;
        }
        String head = text.length() > max ? text.substring(0, max) : text;
        return UNPRINTABLE.matcher(head).replaceAll("?") + (text.length() > max ? "…" : "");
    }

    /** The newest entries first, of one user or of all (a sort over the log: an administrator's occasional look). */
    public List<SecurityEvent> newest(String username, int limit) {
        Bson filter = username == null ? new Document() : Filters.eq("username", username);
        List<SecurityEvent> newest = new ArrayList<>();
        entries.find(filter).sort(Sorts.descending("at", "_id")).limit(limit).forEach(document -> newest.add(
                new SecurityEvent(document.getDate("at").toInstant(),
                                  SecurityEvent.Type.valueOf(document.getString("type")),
                                  document.getString("username"), document.getString("address"),
                                  document.getString("actor"), document.getString("detail"))));
        return newest;
    }
}
