package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.zhaoshang.crm.document.access.LeadDocuments;
import org.zhaoshang.crm.document.api.DocumentInfo;

import java.io.InputStream;
import java.util.List;

/**
 * A fact's evidence as links that download each document through the app, under the signed-in user's rights (the
 * same check as {@code GET /api/documents/{id}}): a document the user may not see is said so, never named.
 */
final class Evidence {

    private Evidence() {
    }

    static Div links(List<String> documentIds, LeadDocuments documents, ProjectWords words) {
        Div links = new Div();
        links.addClassName("evidence-links");
        if (documentIds.isEmpty()) {
            links.add(new Span(words.t("project.evidence.none")));
            return links;
        }
        for (String documentId : documentIds) {
            DocumentInfo document = find(documents, documentId);
            if (document == null) {
                Span hidden = new Span(words.t("project.evidence.notYours"));
                hidden.addClassName("evidence-hidden");
                links.add(hidden);
                continue;
            }
            Anchor link = new Anchor((DownloadHandler) event -> {
                DocumentInfo again = documents.find(documentId);
                event.setFileName(again.name());
                event.setContentType(again.contentType());
                try (InputStream content = documents.open(again)) {
                    content.transferTo(event.getOutputStream());
                }
            }, document.name());
            link.getElement().setAttribute("download", true);
            link.addClassName("evidence-link");
            link.getStyle().set("margin-inline-end", "var(--lumo-space-m)").set("overflow-wrap", "anywhere");
            links.add(link);
        }
        return links;
    }

    private static DocumentInfo find(LeadDocuments documents, String documentId) {
        try {
            return documents.find(documentId);
        } catch (org.zhaoshang.crm.shared.api.NotFoundException notVisible) {
            return null;
        }
    }
}
