package org.zhaoshang.crm.document.api;

/**
 * The file types a document may have, as its content shows them (never its name nor the type a browser declared),
 * with the media type it is served as and the extension its download name ends with.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    HEIC("image/heic", "heic"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** China's standard for electronic invoices and documents (GB/T 33190), a zip with OFD.xml */
    OFD("application/ofd", "ofd");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
