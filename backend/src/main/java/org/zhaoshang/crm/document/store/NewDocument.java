package org.zhaoshang.crm.document.store;

import org.zhaoshang.crm.document.api.DocumentKind;

/** A document to store, before its content is read: the lead it belongs to, its name as uploaded, who uploads it. */
public record NewDocument(String leadId, String fileName, DocumentKind kind, boolean shareable, String uploadedBy) {
}
