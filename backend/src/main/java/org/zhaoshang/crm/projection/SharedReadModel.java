package org.zhaoshang.crm.projection;

import java.time.Instant;
import java.util.Map;

/**
 * A read model that keeps leads in memory next to its documents. With several nodes on one store, other nodes write
 * some of its documents; {@link LeadVersionGuard} and {@link ReadModelNodes} then have a lead's memory replaced by
 * what its documents say.
 */
public interface SharedReadModel {

    /**
     * What {@link #reloadLead} answers for a read model that keeps no lead (one kept per project): it follows the other
     * nodes through {@link #reloadStoredSince} only, and leaves the versions the guard goes by alone.
     */
    long NOT_KEPT_PER_LEAD = Long.MIN_VALUE;

    /**
     * Replaces the lead's state in memory with its stored documents.
     *
     * @return the sequence number of the lead's last event the documents contain, -1 when there are none,
     *         {@link #NOT_KEPT_PER_LEAD} for a read model that keeps no lead
     */
    long reloadLead(String leadId);

    /** The leads whose documents were stored since then, with the version each was stored at. */
    default Map<String, Long> leadsStoredSince(Instant since) {
        return Map.of();
    }

    /** Reloads what is not kept per lead, if anything. */
    default void reloadShared() {
    }

    /** Reloads what other nodes stored since then and is not kept per lead: by default, {@link #reloadShared()}. */
    default void reloadStoredSince(Instant since) {
        reloadShared();
    }
}
