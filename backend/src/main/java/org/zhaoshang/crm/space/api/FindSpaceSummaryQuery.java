package org.zhaoshang.crm.space.api;

import java.time.LocalDate;

/** The district's space at a day (null: today): vacancy, take-up, tiers, watch list. Answers {@link SpaceSummary}. */
public record FindSpaceSummaryQuery(LocalDate asOf) {
}
