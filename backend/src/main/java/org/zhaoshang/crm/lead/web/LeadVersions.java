package org.zhaoshang.crm.lead.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lead's (and a signed project's) version on the wire: the {@code ETag} of every change's answer is {@code "<version>"} (the version after
 * the change), and {@code If-Match: "<version>"} is the version a change expects, like the body's
 * {@code expectedVersion}.
 */
public final class LeadVersions {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private LeadVersions() {
    }

    /**
     * @return the version the change expects: from If-Match or expectedVersion (which must agree when both are
     * given); null when neither is given or If-Match is {@code *} (any existing lead)
     */
    public static Long expected(String ifMatch, Long expectedVersion) {
        String tag = ifMatch == null ? null : ifMatch.strip();
        if (tag == null || tag.equals("*")) {
            return expectedVersion;
        }
        Matcher matcher = STRONG_TAG.matcher(tag);
        new Violations()
                .check(matcher.matches(), IF_MATCH, "format",
                       "must be one version in quotes, as the ETag of the last answer: \"3\"")
                .throwIfAny();
        long version = Long.parseLong(matcher.group(1));
        new Violations()
                .check(expectedVersion == null || expectedVersion == version, IF_MATCH, "mismatch",
                       "names version " + version + " but expectedVersion is " + expectedVersion
                       + "; send one of them")
                .throwIfAny();
        return version;
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A change with nothing to answer but the lead's new version. */
    public static ResponseEntity<Void> changed(long version) {
        return ResponseEntity.noContent().header(HttpHeaders.ETAG, etag(version)).build();
    }
}
