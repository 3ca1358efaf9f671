package org.zhaoshang.crm.notification.api;

/** A file sent with an e-mail (a report): its name, type and bytes. */
public record Attachment(String fileName, String contentType, byte[] content) {
}
