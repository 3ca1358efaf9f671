package org.zhaoshang.crm.supervision.api.query;

import io.swagger.v3.oas.annotations.media.Schema;
import org.zhaoshang.crm.supervision.api.LightRules;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules in force today, the version to change them against (-1 before the first change), and every change,
 * oldest first.
 */
public record LightRulesHistory(LightRules current, long version, List<Change> changes) {

    @Schema(name = "LightRulesChange")
    public record Change(LightRules rules, LocalDate effectiveFrom, String by, LocalDate on) {
    }
}
