package org.zhaoshang.crm.lead.api.query;

/** A scorecard for every ambassador or partner credited with at least one lead. */
public record FindAmbassadorScorecardsQuery() {
}
