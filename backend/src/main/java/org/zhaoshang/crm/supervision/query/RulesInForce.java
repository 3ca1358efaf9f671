package org.zhaoshang.crm.supervision.query;

import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.supervision.api.LightRules;
import org.zhaoshang.crm.supervision.api.query.LightRulesHistory.Change;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules of the lights as changed over time, each change in the order it was made: a change sets the rules from
 * its day on, over whatever an earlier change had set for those days; before any change, {@link LightRules#DEFAULTS}.
 * As known then, only the changes made by a day count. (A change applies from the day it is made at the earliest, so
 * the rules in force at a day are the same as known then and now; a change planned for a later day and replaced
 * before it came is what {@code knownOn} tells apart.)
 */
record RulesInForce(List<Change> changes) {

    static final RulesInForce DEFAULTS_ONLY = new RulesInForce(List.of());

    RulesInForce {
        changes = List.copyOf(changes);
    }

    /** The rules in force at the day as known now. */
    LightRules at(LocalDate day) {
        return at(day, (LocalDate) null);
    }

    /** The rules in force at the day as known now, or as known that day. */
    LightRules at(LocalDate day, Knowledge knowledge) {
        return at(day, knowledge == Knowledge.AS_KNOWN_THEN ? day : null);
    }

    /** The rules in force at the day by the changes made on or before {@code knownOn} (null: every change). */
    LightRules at(LocalDate day, LocalDate knownOn) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change change = changes.get(i);
            if ((knownOn == null || !change.on().isAfter(knownOn)) && !change.effectiveFrom().isAfter(day)) {
                return change.rules();
            }
        }
        return LightRules.DEFAULTS;
    }
}
