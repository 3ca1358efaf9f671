package org.zhaoshang.crm.supervision.query;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** A signed project's verified progress facts (认定), each with the day it happened and the day it was verified. */
record ProjectMarks(String projectId, String leadId, long version, Map<String, Verified> verified) implements Marks {

    ProjectMarks {
        verified = new TreeMap<>(verified);
    }

    @Override
    public String id() {
        return projectId;
    }

    /** @param what the fact's kind, and its milestone when it names one */
    record Verified(String what, LocalDate on, LocalDate recordedOn) {
    }
}
