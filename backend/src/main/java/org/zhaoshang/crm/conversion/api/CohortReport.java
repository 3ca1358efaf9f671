package org.zhaoshang.crm.conversion.api;

import org.zhaoshang.crm.lead.api.value.Stage;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

public record CohortReport(List<Cohort> cohorts) {

    /** @param reached per stage, the leads of the cohort that have reached it (LEAD: all of them) */
    public record Cohort(YearMonth identifiedIn, long leads, Map<Stage, Long> reached) {
    }
}
