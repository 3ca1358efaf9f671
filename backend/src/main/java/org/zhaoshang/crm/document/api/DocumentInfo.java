package org.zhaoshang.crm.document.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A stored document's record.
 *
 * @param name        the file name as uploaded (its path, control and direction characters taken out), ending with
 *                    the extension of its checked type
 * @param size        in bytes
 * @param type        the file type its content shows
 * @param shareable   whether the lead's ambassadors and partners see it
 * @param uploadedBy  the user who uploaded it
 * @param sha256      of its bytes, hexadecimal
 */
public record DocumentInfo(String id, String leadId, String name, long size, FileType type, DocumentKind kind,
                           boolean shareable, String uploadedBy, Instant uploadedAt, String sha256) {

    /** The media type it is served as. */
    @JsonProperty("contentType")
    public String contentType() {
        return type.mediaType();
    }
}
