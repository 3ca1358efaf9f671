package org.zhaoshang.crm.document.access;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.document.api.DocumentInfo;
import org.zhaoshang.crm.document.api.DocumentVisibility;
import org.zhaoshang.crm.document.api.LeadEvidence;
import org.zhaoshang.crm.document.store.DocumentStore;
import org.zhaoshang.crm.security.api.Caller;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Evidence checked against the stored documents' records: one read by exact keys for all the ids cited. */
@Component
class StoredLeadEvidence implements LeadEvidence {

    private final DocumentStore store;

    StoredLeadEvidence(DocumentStore store) {
        this.store = store;
    }

    @Override
    public List<String> unseen(Caller caller, String leadId, Collection<String> documentIds) {
        if (documentIds == null || documentIds.isEmpty()) {
            return List.of();
        }
        Map<String, DocumentInfo> found = store.findAll(documentIds).stream()
                                               .collect(Collectors.toMap(DocumentInfo::id, Function.identity()));
        return documentIds.stream().filter(id -> {
            DocumentInfo document = found.get(id);
            return document == null || !Objects.equals(document.leadId(), leadId)
                   || !DocumentVisibility.sees(caller, document);
        }).toList();
    }
}
