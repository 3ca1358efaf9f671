package org.zhaoshang.crm.performance.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProjectKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The projects behind a figure, the earliest signed first. */
public record PerformanceProjects(List<ProjectRow> projects) {

    /**
     * A project as the figure counted it at the day looked at.
     *
     * @param capitalDueWan      its capital due by the day (万元)
     * @param capitalVerifiedWan its verified capital arrived by the day (万元)
     * @param metOnTime          every commitment due was met by its promised day
     * @param milestone          the milestone the rate looks at (for a performance rate the commitment due last);
     *                           null for capital or when nothing is due
     * @param promisedOn         its promised day; for capital the day of the last tranche due by the day
     * @param actualOn           the day it was reached (for capital: the day verified capital arrived covered all
     *                           capital due), by verified facts; null if not yet
     * @param daysLate           met late: actual minus promised; due and not met: the day looked at minus promised;
     *                           on time or not due: 0
     */
    @Schema(name = "PerformanceProjectRow")
    public record ProjectRow(String projectId, String leadId, String companyName, ProjectKind kind,
                             LocalDate signedOn, String owner, String responsibleLeader, BigDecimal capitalDueWan,
                             BigDecimal capitalVerifiedWan, boolean metOnTime, Milestone milestone,
                             LocalDate promisedOn, LocalDate actualOn, long daysLate) {
    }
}
