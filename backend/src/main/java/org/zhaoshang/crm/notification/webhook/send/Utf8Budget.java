package org.zhaoshang.crm.notification.webhook.send;

import java.nio.charset.StandardCharsets;

/**
 * A text cut to a number of UTF-8 bytes (WeCom takes at most 4,096 in a markdown message) between whole characters,
 * never inside one, ending in "…" when it was cut.
 */
final class Utf8Budget {

    /** WeCom's limit; the other platforms take more, but a notice never needs more. */
    static final int MAX_BYTES = 4_096;
    private static final String CUT = "…";

    private Utf8Budget() {
    }

    /** {@code head + body + tail} within {@code maxBytes}, the body cut as needed (head and tail are short). */
    static String fit(String head, String body, String tail, int maxBytes) {
        int whole = bytes(head) + bytes(body) + bytes(tail);
        if (whole <= maxBytes) {
            return head + body + tail;
        }
        int budget = maxBytes - bytes(head) - bytes(tail) - bytes(CUT);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int offset = 0; offset < body.length(); ) {
            int codePoint = body.codePointAt(offset);
            int size = bytes(new String(Character.toChars(codePoint)));
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += size;
            offset += Character.charCount(codePoint);
        }
        return head + kept + CUT + tail;
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
