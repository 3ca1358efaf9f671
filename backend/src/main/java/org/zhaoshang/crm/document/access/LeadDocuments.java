package org.zhaoshang.crm.document.access;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.document.api.DocumentInfo;
import org.zhaoshang.crm.document.api.DocumentKind;
import org.zhaoshang.crm.document.api.DocumentVisibility;
import org.zhaoshang.crm.document.store.DocumentStore;
import org.zhaoshang.crm.document.store.NewDocument;
import org.zhaoshang.crm.lead.api.query.FindLeadQuery;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.rule.LeadChanges;
import org.zhaoshang.crm.lead.api.rule.LeadVisibility;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.shared.api.NotFoundException;
import org.zhaoshang.crm.shared.api.Violations;

import java.io.InputStream;
import java.util.List;

/**
 * The documents of leads as the current caller may have them. A document belongs to a lead: whoever sees the lead
 * (the lead's own query answers that, by {@link LeadVisibility}) sees its documents, ambassadors and partners only the
 * shareable ones ({@link DocumentVisibility}); whoever may change the lead ({@link LeadChanges}) adds documents.
 * A document or lead the caller may not see answers exactly like an unknown id.
 */
@Component
public class LeadDocuments {

    private final DocumentStore store;
    private final QueryGateway queries;
    private final CurrentCaller currentCaller;

    public LeadDocuments(DocumentStore store, QueryGateway queries, CurrentCaller currentCaller) {
        this.store = store;
        this.queries = queries;
        this.currentCaller = currentCaller;
    }

    /** Stores the content as a document of the lead; see {@link DocumentStore#store} for what is refused. */
    public DocumentInfo upload(String leadId, String fileName, DocumentKind kind, boolean shareable,
                               InputStream content) {
        Caller caller = currentCaller.caller();
        LeadVisibility.requireLeadRole(caller);
        new Violations().required("leadId", leadId).throwIfAny();
        LeadSummary lead = visibleLead(leadId);
        if (!LeadChanges.mayChange(caller, lead.owner(), lead.introducedBy(), lead.team())) {
            throw new NotPermittedException("You may add documents only to the leads you own or are on the team of; "
                                            + "ask the owner or a manager");
        }
        return store.store(new NewDocument(leadId, fileName, kind == null ? DocumentKind.OTHER : kind,
                                           DocumentVisibility.shareableAsUploaded(caller, shareable), caller.id()),
                           content);
    }

    public DocumentInfo find(String documentId) {
        Caller caller = currentCaller.caller();
        LeadVisibility.requireLeadRole(caller);
        return store.find(documentId)
                    .filter(document -> lead(document.leadId()) != null && DocumentVisibility.sees(caller, document))
                    .orElseThrow(() -> new NotFoundException("No document with this id"));
    }

    /** The lead's documents the caller sees, the latest first. */
    public List<DocumentInfo> ofLead(String leadId) {
        Caller caller = currentCaller.caller();
        LeadVisibility.requireLeadRole(caller);
        visibleLead(leadId);
        return store.ofLead(leadId).stream().filter(document -> DocumentVisibility.sees(caller, document)).toList();
    }

    /** The bytes of a document {@link #find found} for the caller. */
    public InputStream open(DocumentInfo document) {
        return store.open(document);
    }

    private LeadSummary visibleLead(String leadId) {
        LeadSummary lead = lead(leadId);
        if (lead == null) {
            throw new NotFoundException("No lead with this id");
        }
        return lead;
    }

    /** The lead as the caller may see it (the query is stamped with the caller), or null. */
    private LeadSummary lead(String leadId) {
        return queries.query(new FindLeadQuery(leadId), ResponseTypes.instanceOf(LeadSummary.class)).join();
    }
}
