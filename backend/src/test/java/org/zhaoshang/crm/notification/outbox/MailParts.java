package org.zhaoshang.crm.notification.outbox;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.util.LinkedHashMap;
import java.util.Map;

/** The decoded parts of a received e-mail by content type (text/plain, text/html) and its attachments' names. */
final class MailParts {

    private MailParts() {
    }

    static Map<String, String> of(Part message) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        collect(message, parts);
        return parts;
    }

    private static void collect(Part part, Map<String, String> parts) throws Exception {
        if (part.getFileName() != null) {
            parts.put("attachment", part.getFileName());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, parts);
            }
        } else if (part.getContent() instanceof String text) {
            parts.put(part.isMimeType("text/html") ? "text/html" : "text/plain", text);
        }
    }
}
