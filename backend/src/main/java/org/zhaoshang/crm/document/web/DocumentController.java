package org.zhaoshang.crm.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhaoshang.crm.document.access.LeadDocuments;
import org.zhaoshang.crm.document.api.DocumentInfo;
import org.zhaoshang.crm.document.api.DocumentKind;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.web.AttachmentDisposition;
import org.zhaoshang.crm.shared.web.CreatedIdResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Evidence documents of leads: {@code POST /api/documents} (multipart: {@code file}, {@code leadId}, {@code kind},
 * {@code shareable}), {@code GET /api/documents/{id}} to download, {@code GET /api/documents/{id}/meta} for its
 * record and {@code GET /api/leads/{leadId}/documents} for a lead's list.
 */
@RestController
public class DocumentController {

    private final LeadDocuments documents;

    public DocumentController(LeadDocuments documents) {
        this.documents = documents;
    }

    @Operation(operationId = "uploadDocument", summary = "Add a document (evidence) to a lead",
               description = "At most 20 MB; the type is taken from the content (PDF, JPEG, PNG, WebP, HEIC, Word, "
                             + "Excel, OFD), never from the name or the declared type. Needs the right to change "
                             + "the lead. A refused file (rules `required`, `too-large`, `type`) stores nothing.",
               requestBody = @RequestBody(required = true, content = @Content(
                       mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                       schema = @Schema(implementation = DocumentUploadForm.class))))
    @ApiResponse(responseCode = "201", description = "Stored; the document's id")
    @ApiResponse(responseCode = "404", description = "No lead with this id (a lead the caller may not see answers "
                                                     + "alike)")
    @ApiResponse(responseCode = "413", description = "The request is larger than the server reads (26 MB)")
    @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public CreatedIdResponse upload(@Parameter(hidden = true) @RequestPart(value = "file", required = false)
                                    MultipartFile file,
                                    @Parameter(hidden = true) @RequestParam(required = false) String leadId,
                                    @Parameter(hidden = true) @RequestParam(required = false) DocumentKind kind,
                                    @Parameter(hidden = true) @RequestParam(defaultValue = "false") boolean shareable)
            throws IOException {
        if (file == null) {
            throw new InvalidInputException(List.of(new FieldViolation("file", "required",
                                                                       "send the document as the multipart part "
                                                                       + "\"file\"")));
        }
        try (InputStream content = file.getInputStream()) {
            return new CreatedIdResponse(documents.upload(leadId, file.getOriginalFilename(), kind, shareable, content)
                                                  .id());
        }
    }

    @Operation(operationId = "downloadDocument", summary = "Download a document",
               description = "The bytes as stored, as an attachment under the document's name (RFC 5987 for names "
                             + "beyond ASCII), with the media type of its checked type.")
    @ApiResponse(responseCode = "200", description = "The document's bytes", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string",
                                                                                   format = "binary")))
    @GetMapping("/api/documents/{documentId}")
    public ResponseEntity<Resource> download(@PathVariable String documentId) {
        DocumentInfo document = documents.find(documentId);
        return ResponseEntity.ok()
                             .contentType(MediaType.parseMediaType(document.contentType()))
                             .contentLength(document.size())
                             .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentDisposition.of(document.name()))
                             .header("X-Content-Type-Options", "nosniff")
                             // should a browser show it after all: no script, no plugin, no request of its own
                             .header("Content-Security-Policy", "default-src 'none'; sandbox")
                             .body(new InputStreamResource(documents.open(document)));
    }

    @Operation(operationId = "getDocument", summary = "A document's record (name, size, type, kind, who uploaded "
                                                      + "it when, shareable)")
    @GetMapping("/api/documents/{documentId}/meta")
    public DocumentInfo meta(@PathVariable String documentId) {
        return documents.find(documentId);
    }

    @Operation(operationId = "listLeadDocuments", summary = "The documents of a lead the caller sees, the latest "
                                                            + "first")
    @GetMapping("/api/leads/{leadId}/documents")
    public List<DocumentInfo> ofLead(@PathVariable String leadId) {
        return documents.ofLead(leadId);
    }
}
