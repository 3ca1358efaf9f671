package org.zhaoshang.crm.shared.web;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition: attachment} header for any file name: an ASCII stand-in as {@code filename} (for old
 * clients) and the name itself as {@code filename*} in RFC 5987's UTF-8 percent-encoding, so that 投资协议.pdf arrives
 * as such and no quote, semicolon or line break in a name reaches the header. Documents and reports use it.
 */
public final class AttachmentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private AttachmentDisposition() {
    }

    public static String of(String name) {
        return "attachment; filename=\"" + asciiStandIn(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    private static String asciiStandIn(String name) {
        StringBuilder standIn = new StringBuilder();
        name.codePoints().forEach(c -> standIn.append(c < 0x80 && (Character.isLetterOrDigit(c)
                                                                   || "._-()+ ".indexOf(c) >= 0) ? (char) c : '_'));
        return standIn.toString();
    }

    private static String rfc5987(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                       .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
