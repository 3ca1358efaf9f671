package org.zhaoshang.crm.space.api;

/**
 * The vacant units, and combinations of adjacent vacant units on one floor, that fit a lead's need, best first.
 * The need is the lead's (floor space, target zone, its company's industry) with {@code given}'s values where they are
 * not null (the budget comes only from there). Answers {@link SpaceMatches}; a lead the caller may not see is not
 * found.
 *
 * @param limit at most this many matches (1 to 100; null: 20)
 */
public record FindSpaceMatchesQuery(String leadId, SpaceNeed given, Integer limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
}
