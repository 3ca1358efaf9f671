/**
 * Space to fill, across the building library: the district's vacancy and take-up against the goal, tiers against the
 * plan's targets and the watch list ({@link FindSpaceSummaryQuery}); vacant units matched to leads and leads to a
 * building's vacant units ({@link FindSpaceMatchesQuery}, {@link FindLeadMatchesQuery}).
 */
package org.zhaoshang.crm.space.api;
