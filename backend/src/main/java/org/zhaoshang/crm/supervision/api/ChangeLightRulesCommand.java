package org.zhaoshang.crm.supervision.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;

/**
 * Changes the rules from a day on (administrators and managers); {@code effectiveFrom} null is today, never before
 * today: a change of rules does not rewrite the past.
 */
public record ChangeLightRulesCommand(LightRules rules, LocalDate effectiveFrom,
                                      @TargetAggregateVersion Long expectedVersion) {

    /** There is one set of rules: one aggregate. */
    public static final String RULES_ID = "light-rules";
    /** How far ahead a change may be planned: a day beyond is a typing slip. */
    public static final int MAX_YEARS_AHEAD = 10;

    @TargetAggregateIdentifier
    public String rulesId() {
        return RULES_ID;
    }

    public Violations validate(Violations violations, LocalDate today) {
        violations.required("rules", rules).notBefore("effectiveFrom", effectiveFrom, today)
                  .check(effectiveFrom == null || !effectiveFrom.isAfter(today.plusYears(MAX_YEARS_AHEAD)),
                         "effectiveFrom", "range", "must be at most " + MAX_YEARS_AHEAD + " years from today");
        return rules == null ? violations : rules.validate(violations);
    }
}
