package org.zhaoshang.crm.supervision.api.query;

import org.zhaoshang.crm.conversion.api.Knowledge;

import java.time.LocalDate;

/** Managers: every leader × lights for a year (null: this year) at a day (null: today). Answers a
 * list of {@link LeaderLights}. */
public record FindLeaderLightsQuery(Integer year, LocalDate asOf, Knowledge knowledge) {

    public FindLeaderLightsQuery {
        knowledge = knowledge == null ? Knowledge.AS_KNOWN_NOW : knowledge;
    }
}
