package org.zhaoshang.crm.notification.outbox;

import org.zhaoshang.crm.notification.api.DeliveryFailedException;

import java.util.regex.Pattern;

/**
 * What a failed attempt records for administrators: what went wrong in a line, never the message's text, an address
 * or a robot's URL (its token).
 */
final class DeliveryErrors {

    static final int MAX_LENGTH = 300;
    private static final Pattern URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://\\S+");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"']+@[^\\s<>\"']+");

    private DeliveryErrors() {
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // only our own exception's words are kept: others (a mail server's answer) may quote the message or address
        String said = failure instanceof DeliveryFailedException && failure.getMessage() != null
                      ? failure.getMessage() : failure.getClass().getSimpleName();
        String line = root == failure ? said : said + " (" + root.getClass().getSimpleName() + ")";
        String clean = ADDRESS.matcher(URL.matcher(line).replaceAll("<url>")).replaceAll("<address>")
                              .replaceAll("\\s+", " ").strip();
        return clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH);
    }
}
