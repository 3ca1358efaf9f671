package org.zhaoshang.crm.document.api;

import org.zhaoshang.crm.security.api.Caller;

import java.util.Collection;
import java.util.List;

/**
 * Documents cited as evidence of a lead's facts (a signed project's progress): a cited id counts only if it is a
 * stored document of that lead that the caller sees ({@link DocumentVisibility}: ambassadors only shareable ones).
 * The caller is taken to see the lead; who sees a lead is the lead's rule.
 */
public interface LeadEvidence {

    /**
     * The ids among {@code documentIds} that are not documents of the lead the caller sees (unknown, another lead's,
     * or not shared with an ambassador), in the order given; empty when all are.
     */
    List<String> unseen(Caller caller, String leadId, Collection<String> documentIds);

    /** The ids among {@code documentIds} the caller sees as documents of the lead, in the order given. */
    default List<String> seen(Caller caller, String leadId, List<String> documentIds) {
        if (documentIds == null || documentIds.isEmpty()) {
            return List.of();
        }
        List<String> unseen = unseen(caller, leadId, documentIds);
        return unseen.isEmpty() ? documentIds : documentIds.stream().filter(id -> !unseen.contains(id)).toList();
    }
}
