package org.zhaoshang.crm.supervision.api.query;

import org.zhaoshang.crm.supervision.api.LightRules;

import java.time.LocalDate;
import java.util.List;

/** The rules in force today, the version to change them against, and every change, oldest first. */
public record LightRulesHistory(LightRules current, long version, List<Change> changes) {

    public record Change(LightRules rules, LocalDate effectiveFrom, String by, LocalDate on) {
    }
}
