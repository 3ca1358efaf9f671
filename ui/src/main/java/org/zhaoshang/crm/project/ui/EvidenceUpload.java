package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import org.zhaoshang.crm.document.access.LeadDocuments;
import org.zhaoshang.crm.document.api.DocumentInfo;
import org.zhaoshang.crm.document.api.DocumentKind;
import org.zhaoshang.crm.document.store.DocumentStore;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.problem.Problem;
import org.zhaoshang.crm.shared.problem.Problems;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.Translations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The evidence of a progress fact, uploaded into the lead's documents as it streams in (the document store reads at
 * most 20 MB and checks the type by the content; its refusal is shown under the upload, and stores nothing).
 */
final class EvidenceUpload extends Upload {

    private final LeadDocuments documents;
    private final String leadId;
    private final Supplier<DocumentKind> kind;
    private final List<DocumentInfo> uploaded = new ArrayList<>();
    final Span refusal = InlineSender.refusalLine();
    final Span stored = new Span();

    EvidenceUpload(LeadDocuments documents, String leadId, Supplier<DocumentKind> kind) {
        this.documents = documents;
        this.leadId = leadId;
        this.kind = kind;
        addClassName("evidence-upload");
        setMaxFileSize(DocumentStore.MAX_BYTES);
        setMaxFiles(org.zhaoshang.crm.project.api.value.ProgressFact.MAX_EVIDENCE);
        setDropLabel(new Span(getTranslation("project.evidence.drop")));
        UploadI18N words = new UploadI18N();
        words.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("project.evidence.choose"))
                                                   .setMany(getTranslation("project.evidence.choose")));
        words.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("project.evidence.drop"))
                                                     .setMany(getTranslation("project.evidence.drop")));
        words.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("project.evidence.too-large"))
                                             .setIncorrectFileType(getTranslation("project.evidence.type"))
                                             .setTooManyFiles(getTranslation("project.evidence.too-many")));
        setI18n(words);
        stored.addClassName("evidence-stored");
        addFileRejectedListener(rejection -> InlineSender.say(refusal, rejection.getErrorMessage()));
        setUploadHandler(this::uploaded);
    }

    /** The ids of the documents stored so far, in the order uploaded. */
    List<String> documentIds() {
        return uploaded.stream().map(DocumentInfo::id).toList();
    }

    /** An upload arrives on the request's thread, under the signed-in user: stored, or why not. */
    private void uploaded(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        Locale locale = ui.getLocale();
        DocumentKind asKind = kind.get();
        boolean unread;
        try (InputStream content = event.getInputStream()) {
            Runnable show = store(event.getFileName(), content, asKind, locale);
            ui.access(show::run);
            unread = content.read() != -1;
        }
        if (unread) {
            // refused before its end (too large, not a document): the rest is not read
            throw new IOException("upload refused before its end: the rest is not read");
        }
    }

    /** A file arrived whole (tests). */
    void received(String name, byte[] content) {
        store(name, new ByteArrayInputStream(content), kind.get(), UI.getCurrent().getLocale()).run();
    }

    /** Stores the document; what the dialog then shows (the document added, or why it was refused). */
    private Runnable store(String name, InputStream content, DocumentKind asKind, Locale locale) {
        try {
            DocumentInfo document = documents.upload(leadId, name, asKind, false, content);
            return () -> added(document);
        } catch (RuntimeException failure) {
            Problem problem = Problems.of(failure);
            if (problem.unexpected()) {
                throw failure;
            }
            String why = refused(name, problem, locale);
            return () -> InlineSender.say(refusal, why);
        }
    }

    private static String refused(String name, Problem problem, Locale locale) {
        String why = problem.violations().isEmpty() ? Translations.of(problem, locale)
                : problem.violations().stream().map(violation -> document(violation, locale))
                         .collect(Collectors.joining("; "));
        return Translations.first(locale, "project.evidence.refused").map(text -> text.replace("{0}", name)
                                                                                       .replace("{1}", why))
                           .orElse(name + ": " + why);
    }

    private static String document(FieldViolation violation, Locale locale) {
        return Translations.first(locale, "project.evidence." + violation.rule())
                           .orElseGet(() -> FieldErrors.message(violation, locale));
    }

    private void added(DocumentInfo document) {
        uploaded.add(document);
        InlineSender.say(refusal, null);
        stored.setText(getTranslation("project.evidence.stored",
                                      uploaded.stream().map(DocumentInfo::name).collect(Collectors.joining("、"))));
    }
}
