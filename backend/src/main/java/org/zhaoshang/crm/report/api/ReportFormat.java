package org.zhaoshang.crm.report.api;

/** How a report is handed out: Word, Excel or the content itself. */
public enum ReportFormat {
    DOCX, XLSX, JSON
}
