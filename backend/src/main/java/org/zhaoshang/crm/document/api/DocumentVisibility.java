package org.zhaoshang.crm.document.api;

import org.zhaoshang.crm.security.api.Caller;

/**
 * Who sees a document, given that they see its lead ({@code lead.api.rule.LeadVisibility}): staff and managers every
 * document of it, ambassadors and partners only those marked shareable. A document they may not see answers as an
 * unknown one. What ambassadors and partners upload is always shareable: it is theirs, and they would not see it else.
 */
public final class DocumentVisibility {

    private DocumentVisibility() {
    }

    public static boolean sees(Caller caller, DocumentInfo document) {
        return !caller.limitedToOwnLeads() || document.shareable();
    }

    public static boolean shareableAsUploaded(Caller caller, boolean asked) {
        return asked || caller.limitedToOwnLeads();
    }
}
