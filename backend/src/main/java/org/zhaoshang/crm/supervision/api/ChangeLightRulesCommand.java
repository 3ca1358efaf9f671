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

    @TargetAggregateIdentifier
    public String rulesId() {
        return RULES_ID;
    }

    public Violations validate(Violations violations, LocalDate today) {
        violations.required("rules", rules).notBefore("effectiveFrom", effectiveFrom, today);
        return rules == null ? violations : rules.validate(violations);
    }
}
