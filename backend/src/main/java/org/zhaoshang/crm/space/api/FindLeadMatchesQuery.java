package org.zhaoshang.crm.space.api;

/**
 * The open leads (not lost, not yet let a unit) whose need some of the building's vacant units would fit, best first,
 * among the leads the caller may see. Answers {@link LeadMatches}; an unknown building is not found.
 *
 * @param limit at most this many leads (1 to 100; null: 20)
 */
public record FindLeadMatchesQuery(String buildingId, Integer limit) {
}
