package org.zhaoshang.crm.performance.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProjectKind;

import java.time.LocalDate;
import java.util.List;

/** The stuck projects at a day, one list per {@link StuckList} of the kinds asked for (empty lists included). */
public record StuckProjects(ProjectKind kind, LocalDate asOf, List<Group> lists) {

    /** @param entries the longest overdue first */
    @Schema(name = "StuckGroup")
    public record Group(StuckList list, List<Entry> entries) {
    }

    /**
     * A project whose next step is overdue.
     *
     * @param overdue        the milestone overdue, or null when the step overdue is capital
     * @param promisedOn     the day it was promised by (for capital: the first tranche not covered by verified capital)
     * @param daysOverdue    the day looked at minus {@code promisedOn}
     * @param responsibleLeader the lead's responsible leader (包挂领导), or null
     * @param owner          the lead's owner
     */
    @Schema(name = "StuckEntry")
    public record Entry(String projectId, String leadId, String companyName, ProjectKind kind, LocalDate signedOn,
                        Milestone overdue, LocalDate promisedOn, long daysOverdue, String responsibleLeader,
                        String owner) {
    }
}
