package org.zhaoshang.crm.document.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.zhaoshang.crm.document.api.DocumentKind;

/** The multipart form of an upload, as the OpenAPI document describes it (the handler reads the parts by name). */
@Schema(name = "DocumentUpload", requiredProperties = {"file", "leadId"})
record DocumentUploadForm(
        @Schema(type = "string", format = "binary", description = "the file, at most 20 MB: PDF, JPEG, PNG, WebP, "
                + "HEIC, Word (.docx), Excel (.xlsx) or OFD, as its content shows (not its name)") String file,
        @Schema(description = "the lead it belongs to") String leadId,
        @Schema(description = "what it proves (default OTHER)") DocumentKind kind,
        @Schema(description = "whether the lead's ambassadors and partners see it (default false; what they upload "
                + "themselves always is)") Boolean shareable) {
}
