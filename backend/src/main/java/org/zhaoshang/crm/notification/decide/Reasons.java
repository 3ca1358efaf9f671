package org.zhaoshang.crm.notification.decide;

import org.zhaoshang.crm.notification.api.Notice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A notice's reason from what caused it ({@code follow-up-due:<leadId>:<followUpId>:<day>}). Ids may be long: a
 * reason longer than a notice takes keeps its cause's name and becomes the SHA-256 of the whole, the same every time.
 */
final class Reasons {

    private Reasons() {
    }

    static String of(String cause, Object... parts) {
        StringBuilder reason = new StringBuilder(cause);
        for (Object part : parts) {
            reason.append(':').append(part);
        }
        if (reason.length() <= Notice.MAX_REASON_LENGTH) {
            return reason.toString();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                                         .digest(reason.toString().getBytes(StandardCharsets.UTF_8));
            return cause + ":sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
