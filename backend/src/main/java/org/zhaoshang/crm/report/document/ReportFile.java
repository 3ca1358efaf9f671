package org.zhaoshang.crm.report.document;

/** A report written as a file: its name in the reader's language, its content type and bytes. */
public record ReportFile(String fileName, String contentType, byte[] content) {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
