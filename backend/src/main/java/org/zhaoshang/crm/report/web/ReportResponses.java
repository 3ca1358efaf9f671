package org.zhaoshang.crm.report.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zhaoshang.crm.report.document.ReportFile;
import org.zhaoshang.crm.shared.web.AttachmentDisposition;

import java.util.function.Supplier;

/** A report's answer: its content as JSON, or its file as an attachment with its (Chinese or English) name. */
final class ReportResponses {

    private ReportResponses() {
    }

    static ResponseEntity<Object> answer(ReportRequest request, Object content, Supplier<ReportFile> file) {
        if (request.format() == org.zhaoshang.crm.report.api.ReportFormat.JSON) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(content);
        }
        ReportFile written = file.get();
        return ResponseEntity.ok()
                             .contentType(MediaType.parseMediaType(written.contentType()))
                             .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentDisposition.of(written.fileName()))
                             .body(written.content());
    }
}
