package org.zhaoshang.crm.supervision.web;

import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.ProgressSignal;

import java.time.LocalDate;
import java.util.Set;

/**
 * New light rules (every number required, in days) from a day on ({@code effectiveFrom}, null: today), and the
 * version they were read at (or {@code If-Match}).
 */
public record LightRulesRequest(Integer yellowCardDays, Integer redCardDays, Integer yellowMilestoneDays,
                                Integer redMilestoneDays, Integer yellowNoProgressDays, Integer redNoProgressDays,
                                Set<ProgressSignal> progress, LocalDate effectiveFrom, Long expectedVersion) {

    LightRules rules() {
        new Violations().required("yellowCardDays", yellowCardDays)
                        .required("redCardDays", redCardDays)
                        .required("yellowMilestoneDays", yellowMilestoneDays)
                        .required("redMilestoneDays", redMilestoneDays)
                        .required("yellowNoProgressDays", yellowNoProgressDays)
                        .required("redNoProgressDays", redNoProgressDays)
                        .throwIfAny();
        return new LightRules(yellowCardDays, redCardDays, yellowMilestoneDays, redMilestoneDays,
                              yellowNoProgressDays, redNoProgressDays, progress);
    }
}
