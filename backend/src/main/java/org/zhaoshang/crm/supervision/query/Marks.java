package org.zhaoshang.crm.supervision.query;

import java.time.LocalDate;

/** What supervision keeps of one aggregate (a lead, a key project, a problem, a signed project): one document each. */
interface Marks {

    /** The aggregate's id, the document's {@code _id}. */
    String id();

    String leadId();

    /** The aggregate's last event applied (its sequence number); older ones change nothing. */
    long version();

    /**
     * Whether a fact is known at a day: it happened by the day, and, as known then, it was also recorded by the day.
     */
    static boolean known(LocalDate happenedOn, LocalDate recordedOn, LocalDate day, boolean knownThen) {
        return happenedOn != null && !happenedOn.isAfter(day) && (!knownThen || !recordedOn.isAfter(day));
    }
}
