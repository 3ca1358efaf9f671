package org.zhaoshang.crm.performance.query;

import org.zhaoshang.crm.performance.api.StuckList;
import org.zhaoshang.crm.performance.api.StuckProjects;
import org.zhaoshang.crm.project.api.value.Milestone;
import org.zhaoshang.crm.project.api.value.ProjectKind;
import org.zhaoshang.crm.project.api.value.Tranche;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a project is stuck (六未): the chain of its kind, with capital (all capital due arrived) as the step after
 * registration, walked in order; the first step overdue (its promised day before the day looked at) and not met names
 * the list. A step not yet due does not stop the walk; nor does one without a promised day. Full production has no
 * list.
 */
final class StuckStep {

    private static final Map<Milestone, StuckList> LAND = Map.of(
            Milestone.REGISTERED, StuckList.SIGNED_NOT_REGISTERED,
            Milestone.LAND_SUPPLIED, StuckList.CAPITAL_WITHOUT_LAND,
            Milestone.CONSTRUCTION_STARTED, StuckList.LAND_WITHOUT_CONSTRUCTION,
            Milestone.COMPLETED, StuckList.STARTED_NOT_COMPLETED,
            Milestone.OPERATING, StuckList.COMPLETED_NOT_OPERATING);
    private static final Map<Milestone, StuckList> OFFICE = Map.of(
            Milestone.REGISTERED, StuckList.SIGNED_NOT_REGISTERED,
            Milestone.MOVED_IN, StuckList.REGISTERED_NOT_MOVED_IN,
            Milestone.OPERATING, StuckList.MOVED_IN_NOT_OPERATING);

    private StuckStep() {
    }

    /** The project's place in a stuck list, or null when no step is overdue. */
    static Stuck of(ProjectAtDay project) {
        if (project.kind == null) {
            return null;
        }
        Map<Milestone, StuckList> lists = project.kind == ProjectKind.LAND ? LAND : OFFICE;
        for (Milestone milestone : steps(project.kind)) {
            if (milestone == null) {
                Tranche outstanding = project.outstandingTranche(project.asOf.minusDays(1));
                if (outstanding != null) {
                    return new Stuck(StuckList.REGISTERED_WITHOUT_CAPITAL, null, outstanding.dueOn());
                }
                continue;
            }
            LocalDate promised = project.promised(milestone);
            if (promised != null && promised.isBefore(project.asOf) && !project.reachedBy(milestone)) {
                return new Stuck(lists.get(milestone), milestone, promised);
            }
        }
        return null;
    }

    /** The steps of the kind's chain that have a list, capital (null) after registration. */
    private static List<Milestone> steps(ProjectKind kind) {
        List<Milestone> steps = new ArrayList<>();
        Map<Milestone, StuckList> lists = kind == ProjectKind.LAND ? LAND : OFFICE;
        for (Milestone milestone : kind.chain()) {
            if (lists.containsKey(milestone)) {
                steps.add(milestone);
            }
            if (milestone == Milestone.REGISTERED) {
                steps.add(null);
            }
        }
        return steps;
    }

    /** @param overdue the milestone overdue, null for capital */
    record Stuck(StuckList list, Milestone overdue, LocalDate promisedOn) {

        StuckProjects.Entry entry(ProjectAtDay project) {
            LeadSlices lead = project.project.lead();
            return new StuckProjects.Entry(project.project.projectId(), project.project.leadId(), lead.companyName(),
                                           project.kind, project.project.signedOn(), overdue, promisedOn,
                                           ChronoUnit.DAYS.between(promisedOn, project.asOf),
                                           lead.responsibleLeader(), lead.owner());
        }
    }
}
