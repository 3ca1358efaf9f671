package org.zhaoshang.crm.conversion.query;

import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.util.function.Predicate;

/** Where a lead stood once the facts a predicate lets through had happened; null when none had. */
record StageOnDay(Stage stage, LeadStatus status) {

    static StageOnDay of(LeadJourney journey, Predicate<JourneyFact> known) {
        StageOnDay then = null;
        for (JourneyFact fact : journey.facts.values()) {
            if (!known.test(fact)) {
                continue;
            }
            if (fact instanceof JourneyFact.Moved moved) {
                then = new StageOnDay(moved.to(), then == null ? LeadStatus.OPEN : then.status());
            } else if (fact instanceof JourneyFact.Lost && then != null) {
                then = new StageOnDay(then.stage(), LeadStatus.LOST);
            } else if (fact instanceof JourneyFact.Held && then != null) {
                then = new StageOnDay(then.stage(), LeadStatus.ON_HOLD);
            } else if (fact instanceof JourneyFact.Reopened reopened && then != null) {
                then = new StageOnDay(reopened.stage(), LeadStatus.OPEN);
            }
        }
        return then;
    }
}
