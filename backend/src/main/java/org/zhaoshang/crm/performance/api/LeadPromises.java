package org.zhaoshang.crm.performance.api;

import org.zhaoshang.crm.project.api.value.Milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A lead's signed projects at a day, oldest agreement first: each promised milestone, and their capital in 万元 of
 * CNY. Only verified facts count.
 *
 * @param projectIds          the projects that stood at the day
 * @param milestones          every milestone with a promised day, per project in the order of its kind's chain
 * @param capitalCommittedWan the capital schedules, all tranches
 * @param capitalDueWan       of it, the tranches due by the day
 * @param capitalVerifiedWan  capital arrived by the day, verified
 */
public record LeadPromises(String leadId, LocalDate day, List<String> projectIds, List<MilestonePromise> milestones,
                           BigDecimal capitalCommittedWan, BigDecimal capitalDueWan, BigDecimal capitalVerifiedWan) {

    public LeadPromises {
        projectIds = List.copyOf(projectIds);
        milestones = List.copyOf(milestones);
    }

    /**
     * A milestone a project promised by a day.
     *
     * @param reachedOn   the day it was reached (a verified fact that happened by the day), or null
     * @param daysOverdue days past the promised day without it; 0 once reached, and up to and on the promised day
     */
    public record MilestonePromise(String projectId, Milestone milestone, LocalDate promisedOn, LocalDate reachedOn,
                                   long daysOverdue) {
    }
}
