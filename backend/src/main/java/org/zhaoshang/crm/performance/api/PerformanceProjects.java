package org.zhaoshang.crm.performance.api;

import io.swagger.v3.oas.annotations.media.Schema;
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
     */
    @Schema(name = "PerformanceProjectRow")
    public record ProjectRow(String projectId, String leadId, String companyName, ProjectKind kind,
                             LocalDate signedOn, String owner, String responsibleLeader, BigDecimal capitalDueWan,
                             BigDecimal capitalVerifiedWan, boolean metOnTime) {
    }
}
